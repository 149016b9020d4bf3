using FakeIntercom.Http;

namespace FakeIntercom.Routes;

/// <summary>The page-numbered lists of companies: ?page= (from 1) and ?per_page= (default 15, at most 60).</summary>
public static class NumberedPage
{
    public const int DefaultPerPage = 15;
    public const int MaxPerPage = 60;

    /// <summary>Answers the requested page of <paramref name="total"/> items; <paramref name="items"/> yields those of a position range.</summary>
    public static IResult Of(HttpContext context, int total, Func<Range, IEnumerable<object>> items)
    {
        if (!context.TryQueryInt("page", 1, out var page) || !context.TryQueryInt("per_page", DefaultPerPage, out var perPage) || perPage > MaxPerPage)
            return ApiErrors.ParameterInvalid($"page must be a positive integer and per_page an integer between 1 and {MaxPerPage}");
        var totalPages = (total + perPage - 1) / perPage;
        var first = (int)Math.Min(total, (long)(page - 1) * perPage);
        var end = Math.Min(total, first + perPage);
        return Results.Json(new
        {
            type = "list",
            data = items(first..end).ToArray(),
            pages = new
            {
                type = "pages",
                next = page < totalPages ? NextPageUrl(context.Request, page + 1) : null,
                page,
                per_page = perPage,
                total_pages = totalPages,
            },
            total_count = total,
        });
    }

    private static string NextPageUrl(HttpRequest request, int nextPage)
    {
        var query = request.Query
            .Where(q => q.Key != "page")
            .Select(q => KeyValuePair.Create(q.Key, (string?)q.Value.ToString()))
            .Append(KeyValuePair.Create("page", (string?)nextPage.ToString()));
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString($"{request.Scheme}://{request.Host}{request.Path}", query);
    }
}
