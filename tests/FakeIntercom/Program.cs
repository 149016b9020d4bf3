using System.Net;
using FakeIntercom;
using FakeIntercom.Http;
using FakeIntercom.Routes;
using FakeIntercom.State;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

FakeOptions options;
try
{
    options = FakeOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine("Usage: FakeIntercom [--port N] [--token T] [--companies N] [--contacts N] [--seed N] [--port-file PATH] [--rate-limit N [--rate-window S]] [--chaos-rate P [--chaos-seed N]]");
    return 2;
}

var builder = WebApplication.CreateSlimBuilder();
// stdout carries exactly one line ("Listening on …"); anything worth logging goes to stderr.
builder.Logging.ClearProviders();
builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.PropertyNamingPolicy = null);

var app = builder.Build();

var workspace = new Workspace(new SeedSettings(options.Seed, options.Companies, options.Contacts));
var requestLog = new RequestLog(capacity: 10_000);
var faults = new FaultRules();
var rateLimit = new RateLimitWindow(options.RateLimit ?? RateLimitWindow.DefaultLimit, options.RateWindowSeconds, enforce: options.RateLimit is not null);
var pipeline = new ApiPipeline(requestLog, faults, rateLimit, new Chaos(options.ChaosRate, options.ChaosSeed), options.Token);

app.Use(pipeline.InvokeAsync);
AdminRoutes.Map(app, workspace);
TagRoutes.Map(app, workspace);
CompanyRoutes.Map(app, workspace);
CompanyWriteRoutes.Map(app, workspace);
CompanyContactRoutes.Map(app, workspace);
SegmentRoutes.Map(app, workspace);
ContactRoutes.Map(app, workspace);
NoteRoutes.Map(app, workspace);
SubscriptionRoutes.Map(app, workspace);
ThreadTagRoutes.Map(app, workspace);
DataAttributeRoutes.Map(app, workspace);
DataEventRoutes.Map(app, workspace);
DataExportRoutes.Map(app, workspace);
VisitorRoutes.Map(app, workspace);
TicketRoutes.Map(app, workspace);
TicketSearchRoutes.Map(app, workspace);
TicketReplyRoutes.Map(app, workspace);
TicketTypeRoutes.Map(app, workspace);
TeamRoutes.Map(app, workspace);
ArticleRoutes.Map(app, workspace);
HelpCenterRoutes.Map(app, workspace);
NewsRoutes.Map(app, workspace);
ConversationRoutes.Map(app, workspace);
ConversationActionRoutes.Map(app, workspace);
MessageRoutes.Map(app, workspace);
DataStateRoutes.Map(app, workspace);
ControlRoutes.Map(app, workspace, requestLog, faults);
app.MapFallback(Handler.Of(_ => ApiErrors.RouteNotFound()));

await app.StartAsync();

var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
var port = new Uri(addresses.First()).Port;
var baseUrl = $"http://127.0.0.1:{port}";
if (options.PortFile is { } portFile)
{
    // Write then rename, so a test polling for the file never reads half a URL.
    var temporary = portFile + ".tmp";
    await File.WriteAllTextAsync(temporary, baseUrl);
    File.Move(temporary, portFile, overwrite: true);
}
Console.Out.WriteLine($"Listening on {baseUrl}");
Console.Out.Flush();

StdinWatcher.StopOnEndOfInput(app.Lifetime);
await app.WaitForShutdownAsync();
return 0;
