using System.Net.Http;
using IntercomPS.Client;
using IntercomPS.Client.Http;
using IntercomPS.Client.Paging;

/// <summary>
/// The module's client layer alone (its engine, pager and Contact model, no PowerShell): where the time of
/// Get-IntercomContact goes when the pipeline is taken away.
/// </summary>
internal static class ClientLoop
{
    public static async Task<long> RunAsync(Uri baseUri, string token, long wanted)
    {
        var engine = new IntercomHttpEngine(new IntercomClientOptions { BaseUri = baseUri, UserAgent = "IntercomPS-bench" }, () => token);
        var pager = new Pager<IntercomPS.Contact>(engine, new PagedRequest(HttpMethod.Get, "contacts", PagingStyle.Cursor) { PageSize = 150 });
        long items = 0;
        while (items < wanted && await pager.NextPageAsync(null, CancellationToken.None) is { } page)
            foreach (var contact in page)
            {
                _ = contact.Id;
                if (++items >= wanted) break;
            }
        return items;
    }
}
