using FakeIntercom.Http;

namespace FakeIntercom.Routes;

/// <summary>
/// The lists of the help center and news: page-numbered (?page=, ?per_page= from 1 to 150, default 15) with or without
/// a pages object, or one page with pages (news, which takes no paging parameter).
/// </summary>
public static class ContentPages
{
    private const int DefaultPerPage = 15;
    private const int MaxPerPage = 150;

    /// <summary>The requested page; help centers answer without pages and total_count (withPages false).</summary>
    public static IResult Numbered(HttpContext context, IReadOnlyList<object> items, bool withPages = true)
    {
        if (!context.TryQueryInt("page", 1, out var page) || !context.TryQueryInt("per_page", DefaultPerPage, out var perPage) || perPage > MaxPerPage)
            return ApiErrors.ParameterInvalid($"page must be a positive integer and per_page an integer between 1 and {MaxPerPage}");
        var data = items.Skip((page - 1) * perPage).Take(perPage).ToArray();
        if (!withPages)
            return Results.Json(new { type = "list", data });
        var totalPages = (items.Count + perPage - 1) / perPage;
        var next = page < totalPages ? PageLinks.NextPageUrl(context.Request, page + 1) : null;
        return Results.Json(new { type = "list", data, total_count = items.Count, pages = new { type = "pages", next, page, per_page = perPage, total_pages = totalPages } });
    }

    /// <summary>Everything on one page, with the pages object Intercom sends (and no next).</summary>
    public static IResult Single(IReadOnlyList<object> items) =>
        Results.Json(new { type = "list", data = items, total_count = items.Count, pages = new { type = "pages", page = 1, per_page = Math.Max(10, items.Count), total_pages = 1 } });
}
