using Microsoft.Extensions.Primitives;

namespace FakeIntercom.Http;

/// <summary>
/// Runs in front of every API route: reads and records the request, stamps rate-limit headers,
/// applies injected faults, then checks the bearer token. Test-control routes (/_fake/…) skip all of it.
/// </summary>
public sealed class ApiPipeline(RequestLog log, FaultRules faults, RateLimitWindow rateLimit, Chaos chaos, string token)
{
    public const string ControlPrefix = "/_fake";
    private const int ClientClosedRequest = 499;
    private readonly string _expectedAuthorization = $"Bearer {token}";

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var body = await ReadBodyAsync(context.Request);
        RequestJson.StoreBody(context, body);

        var path = context.Request.Path.Value ?? string.Empty;
        if (path.StartsWith(ControlPrefix, StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        var entry = log.Record(context.Request, body);
        try
        {
            if (rateLimit.Stamp(context.Response))
            {
                await ApiErrors.Result(429, "rate_limit_exceeded", "You have exceeded the rate limit. Please try again later.").ExecuteAsync(context);
                return;
            }
            if (faults.Take(context.Request.Method, path) is { } fault && await fault.ApplyAsync(context))
                return;
            if (context.Request.Headers.Authorization.ToString() != _expectedAuthorization)
            {
                await ApiErrors.Unauthorized().ExecuteAsync(context);
                return;
            }
            if (chaos.Draw() is { } kind)
            {
                entry.Chaos = kind.ToString();
                await chaos.ApplyAsync(kind, context, () => next(context));
                return;
            }
            await next(context);
        }
        finally
        {
            // 499 (nginx's "client closed request") marks requests the client gave up on, e.g. in timeout tests.
            entry.Status = context.RequestAborted.IsCancellationRequested ? ClientClosedRequest : context.Response.StatusCode;
        }
    }

    private static async Task<string?> ReadBodyAsync(HttpRequest request)
    {
        if (request.ContentLength == 0 || (request.ContentLength is null && StringValues.IsNullOrEmpty(request.Headers.TransferEncoding)))
            return null;
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        return text.Length == 0 ? null : text;
    }
}
