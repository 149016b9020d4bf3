using System.Text.Json;

namespace FakeIntercom.Http;

/// <summary>
/// One page of a cursor-paged list or search (contacts, conversations, tickets): the offset the request's opaque
/// starting_after names (see <see cref="Cursor"/>, 0 without one) and per_page. <see cref="Pages"/> builds the answer's
/// pages object, {type, page, per_page, total_pages, next?}, where next = {per_page, starting_after} while more remain.
/// </summary>
public readonly record struct CursorPage(string Kind, int Offset, int PerPage)
{
    /// <summary>A list's ?per_page= (from 1 to <paramref name="maxPerPage"/>) and ?starting_after=; a 400 when either is bad.</summary>
    public static IResult? FromQuery(HttpContext context, string kind, int defaultPerPage, int maxPerPage, out CursorPage page)
    {
        var sized = context.TryQueryInt("per_page", defaultPerPage, out var perPage) && perPage <= maxPerPage;
        return Read(kind, sized, perPage, maxPerPage, context.Query("starting_after"), "", out page);
    }

    /// <summary>A search body's pagination {per_page, starting_after}, both optional; a 400 when either is bad.</summary>
    public static IResult? FromSearch(JsonElement body, string kind, int defaultPerPage, int maxPerPage, out CursorPage page)
    {
        body.TryGet("pagination", out var pagination);
        var perPage = defaultPerPage;
        var sized = !pagination.TryGet("per_page", out var size)
            || (size.ValueKind == JsonValueKind.Number && size.TryGetInt32(out perPage) && perPage >= 1 && perPage <= maxPerPage);
        return Read(kind, sized, perPage, maxPerPage, pagination.GetText("starting_after"), "pagination.", out page);
    }

    private static IResult? Read(string kind, bool sized, int perPage, int maxPerPage, string? cursor, string prefix, out CursorPage page)
    {
        page = default;
        if (!sized)
            return ApiErrors.ParameterInvalid($"{prefix}per_page must be an integer between 1 and {maxPerPage}");
        var offset = 0;
        if (cursor is { Length: > 0 } && !Cursor.TryDecode(kind, cursor, out offset))
            return ApiErrors.ParameterInvalid($"{prefix}starting_after is not a valid cursor");
        page = new CursorPage(kind, offset, perPage);
        return null;
    }

    /// <summary>This page's items out of all of them.</summary>
    public IEnumerable<T> Of<T>(IEnumerable<T> all) => all.Skip(Offset).Take(PerPage);

    /// <summary>The pages object of <paramref name="total"/> items; next starts right after this page while items remain.</summary>
    public Dictionary<string, object> Pages(int total) => Pages(total, Offset + PerPage < total ? Offset + PerPage : null);

    /// <summary>The pages object of <paramref name="total"/> items; next, when given, is the offset the next page starts at.</summary>
    public Dictionary<string, object> Pages(int total, int? next)
    {
        var pages = new Dictionary<string, object>
        {
            ["type"] = "pages",
            ["page"] = Offset / PerPage + 1,
            ["per_page"] = PerPage,
            ["total_pages"] = (total + PerPage - 1) / PerPage,
        };
        if (next is { } start)
            pages["next"] = new { per_page = PerPage, starting_after = Cursor.Encode(Kind, start) };
        return pages;
    }
}
