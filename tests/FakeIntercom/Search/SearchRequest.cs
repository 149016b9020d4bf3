using System.Text.Json;
using FakeIntercom.Http;

namespace FakeIntercom.Search;

/// <summary>The body of a POST /{contacts,conversations,tickets}/search: {query, pagination: {per_page, starting_after}}.</summary>
public static class SearchRequest
{
    /// <summary>
    /// The query and the page asked for, or the 400 for the first thing wrong: no query, bad pagination (see
    /// <see cref="CursorPage.FromSearch"/>), then an invalid query. <paramref name="check"/> adds a route's own rules
    /// by throwing <see cref="SearchQueryException"/>.
    /// </summary>
    public static IResult? Read(JsonElement body, string cursorKind, int defaultPerPage, int maxPerPage,
        out JsonElement query, out CursorPage page, Action<JsonElement>? check = null)
    {
        page = default;
        if (!body.TryGet("query", out query))
            return ApiErrors.ParameterInvalid("query is required");
        if (CursorPage.FromSearch(body, cursorKind, defaultPerPage, maxPerPage, out page) is { } invalid)
            return invalid;
        try
        {
            SearchQuery.Validate(query);
            check?.Invoke(query);
        }
        catch (SearchQueryException e)
        {
            return ApiErrors.ParameterInvalid(e.Message);
        }
        return null;
    }
}
