// Usage: Baseline <baseUri> <token> <count> [client]
// Pages GET /contacts with per_page=150 and starting_after until <count> contacts are read (or the list ends),
// parsing each page with System.Text.Json (or, with "client", through the module's own client layer), and prints
// "<items> <seconds> <peakWorkingSetBytes>".
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;

var baseUri = new Uri(args[0].TrimEnd('/') + "/");
var token = args[1];
var wanted = long.Parse(args[2]);

using var http = new HttpClient { BaseAddress = baseUri };
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
http.DefaultRequestHeaders.Add("Intercom-Version", "2.11");
http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

if (args.Length > 3 && args[3] == "client")
{
    var clientWatch = Stopwatch.StartNew();
    var read = await ClientLoop.RunAsync(baseUri, token, wanted);
    Console.WriteLine($"{read} {clientWatch.Elapsed.TotalSeconds:F3} {Process.GetCurrentProcess().PeakWorkingSet64}");
    return;
}

var watch = Stopwatch.StartNew();
long items = 0;
string? after = null;
while (items < wanted)
{
    var url = "contacts?per_page=150" + (after is null ? "" : "&starting_after=" + Uri.EscapeDataString(after));
    using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
    response.EnsureSuccessStatusCode();
    await using var body = await response.Content.ReadAsStreamAsync();
    using var page = await JsonDocument.ParseAsync(body);
    foreach (var contact in page.RootElement.GetProperty("data").EnumerateArray())
    {
        _ = contact.GetProperty("id").GetString();
        if (++items >= wanted) break;
    }
    after = page.RootElement.TryGetProperty("pages", out var pages) && pages.TryGetProperty("next", out var next)
        && next.ValueKind == JsonValueKind.Object && next.TryGetProperty("starting_after", out var cursor) ? cursor.GetString() : null;
    if (after is null) break;
}
watch.Stop();
Console.WriteLine($"{items} {watch.Elapsed.TotalSeconds:F3} {Process.GetCurrentProcess().PeakWorkingSet64}");
