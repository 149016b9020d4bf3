using System.IO.Compression;
using System.Text;
using FakeIntercom.Http;
using FakeIntercom.Json;
using FakeIntercom.State;

namespace FakeIntercom.Routes;

/// <summary>
/// POST /export/content/data, GET /export/content/data/{job}, POST /export/cancel/{job} and
/// GET /download/content/data/{job} (a gzipped CSV, only with Accept: application/octet-stream).
/// </summary>
public static class DataExportRoutes
{
    public const string OneJobCode = "too_many_requests";

    public static void Map(IEndpointRouteBuilder app, Workspace workspace)
    {
        app.MapPost("/export/content/data", Handler.Of(context =>
        {
            var body = RequestJson.Parse(context);
            if (!long.TryParse(body.GetText("created_at_after"), out var after) || !long.TryParse(body.GetText("created_at_before"), out var before))
                return ApiErrors.ParameterInvalid("created_at_after and created_at_before are required unix timestamps");
            lock (workspace.Sync)
            {
                var jobs = workspace.Current.DataExports;
                // A business rule, not throttling: the answer still carries X-RateLimit-Remaining > 0.
                if (jobs.AnyActive)
                    return ApiErrors.Result(429, OneJobCode, "Exceeded rate limit of 1 pending message data export jobs");
                return Results.Json(DataJson.Export(jobs.Start(after, before), BaseUrl(context)));
            }
        }));

        app.MapGet("/export/content/data/{job_identifier}", Handler.Of(context => WithJob(context, workspace, (jobs, job) =>
        {
            jobs.Advance(job, Clock.NowUnix());
            return Results.Json(DataJson.Export(job, BaseUrl(context)));
        })));

        app.MapPost("/export/cancel/{job_identifier}", Handler.Of(context => WithJob(context, workspace, (_, job) =>
        {
            if (job.IsActive)
                job.Status = "canceled";
            return Results.Json(DataJson.Export(job, BaseUrl(context)));
        })));

        app.MapGet("/download/content/data/{job_identifier}", Handler.Of(context =>
        {
            if (!context.Request.Headers.Accept.ToString().Contains("application/octet-stream", StringComparison.OrdinalIgnoreCase))
                return ApiErrors.Result(406, "not_acceptable", "Send Accept: application/octet-stream to download an export");
            return WithJob(context, workspace, (_, job) => job.Status == "completed"
                ? Results.File(GzippedCsv(job), "application/octet-stream", $"{job.JobIdentifier}.csv.gz")
                : ApiErrors.ParameterInvalid($"Export {job.JobIdentifier} is {job.Status}, not completed"));
        }));
    }

    private static IResult WithJob(HttpContext context, Workspace workspace, Func<DataExportJobs, DataExportJob, IResult> handle)
    {
        lock (workspace.Sync)
        {
            var jobs = workspace.Current.DataExports;
            return jobs.Find(context.Route("job_identifier")) is { } job ? handle(jobs, job) : ApiErrors.NotFound("Export job not found");
        }
    }

    private static string BaseUrl(HttpContext context) => $"{context.Request.Scheme}://{context.Request.Host}";

    /// <summary>A few rows in the columns of the spec's (unused) data_export_csv schema; non-ASCII on purpose.</summary>
    public static byte[] GzippedCsv(DataExportJob job)
    {
        var csv = new StringBuilder("user_id,user_external_id,company_id,email,name,ruleset_id,content_id,content_type,content_title,received_at,first_open\n");
        for (var i = 1; i <= 3; i++)
            csv.Append($"u{i},user-{i:D6},-1,user{i}@example.com,Zoë Ó Sé {i},{job.JobIdentifier},c{i},email,Welcome – día {i},{job.CreatedAtAfter + i},{job.CreatedAtAfter + i + 60}\n");
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal))
            gzip.Write(Encoding.UTF8.GetBytes(csv.ToString()));
        return buffer.ToArray();
    }
}
