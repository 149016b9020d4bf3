using Microsoft.AspNetCore.WebUtilities;

namespace FakeIntercom.Http;

/// <summary>pages.next as Intercom writes it for page-numbered lists: the same URL with the next page number.</summary>
public static class PageLinks
{
    public static string NextPageUrl(HttpRequest request, int nextPage) =>
        QueryHelpers.AddQueryString($"{request.Scheme}://{request.Host}{request.Path}",
            request.Query.Where(q => q.Key != "page").Select(q => KeyValuePair.Create(q.Key, (string?)q.Value.ToString()))
                .Append(KeyValuePair.Create("page", (string?)nextPage.ToString())));
}
