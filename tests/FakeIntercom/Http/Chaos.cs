namespace FakeIntercom.Http;

/// <summary>
/// Fault injection at a seeded rate: a fraction of API requests meet one of the failures a client sees in
/// real life. The same seed and request order give the same faults. Each injected fault is recorded in the
/// request log entry as <c>chaos</c>.
/// </summary>
public sealed class Chaos(double rate, int seed, int slowMs = 1500)
{
    public enum Kind
    {
        Throttle,            // 429 with Retry-After: 0 (not processed)
        ServerError,         // 500 (not processed)
        BadGatewayHtml,      // 502 with a proxy's HTML page (not processed)
        Unavailable,         // 503 (not processed)
        GatewayTimeout,      // 504 (not processed)
        ResetBeforeAnswer,   // connection dropped before the request is handled
        ResetAfterHandling,  // handled (changes made!), then the connection is dropped
        TruncatedJson,       // handled, then half of the JSON body is sent
        MalformedJson,       // 200 with a body that is not JSON (not processed)
        Slow,                // handled after a delay longer than a short client timeout
    }

    private readonly Random _random = new(seed);
    private readonly Lock _gate = new();

    public bool Enabled => rate > 0;

    public Kind? Draw()
    {
        if (!Enabled) return null;
        lock (_gate)
            return _random.NextDouble() < rate ? (Kind)_random.Next(Enum.GetValues<Kind>().Length) : null;
    }

    /// <summary>Runs the request with the fault; <paramref name="handle"/> is the real handling.</summary>
    public async Task ApplyAsync(Kind kind, HttpContext context, Func<Task> handle)
    {
        switch (kind)
        {
            case Kind.Throttle:
                context.Response.Headers.RetryAfter = "0";
                context.Response.Headers["X-RateLimit-Remaining"] = "0";
                await ApiErrors.Result(429, "rate_limit_exceeded", "You have exceeded the rate limit.").ExecuteAsync(context);
                break;
            case Kind.ServerError:
                await ApiErrors.Result(500, "server_error", "Internal server error (injected)").ExecuteAsync(context);
                break;
            case Kind.BadGatewayHtml:
                context.Response.StatusCode = 502;
                context.Response.ContentType = "text/html";
                await context.Response.WriteAsync("<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>");
                break;
            case Kind.Unavailable:
                await ApiErrors.Result(503, "service_unavailable", "Service Unavailable (injected)").ExecuteAsync(context);
                break;
            case Kind.GatewayTimeout:
                await ApiErrors.Result(504, "gateway_timeout", "Gateway Timeout (injected)").ExecuteAsync(context);
                break;
            case Kind.ResetBeforeAnswer:
                context.Abort();
                break;
            case Kind.ResetAfterHandling:
                await HandleIntoBufferAsync(context, handle);
                context.Abort();
                break;
            case Kind.TruncatedJson:
                var body = await HandleIntoBufferAsync(context, handle);
                await context.Response.Body.WriteAsync(body.AsMemory(0, body.Length / 2));
                break;
            case Kind.MalformedJson:
                context.Response.ContentType = "application/json; charset=utf-8";
                await context.Response.WriteAsync("{\"type\":\"list\",\"data\":[}");
                break;
            case Kind.Slow:
                try
                {
                    await Task.Delay(slowMs, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    // The client gave up; the request is still handled, as a slow server would.
                }
                await handle();
                break;
        }
    }

    /// <summary>Handles the request with its answer kept back, so the fault decides what reaches the client.</summary>
    private static async Task<byte[]> HandleIntoBufferAsync(HttpContext context, Func<Task> handle)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await handle();
        }
        finally
        {
            context.Response.Body = original;
        }
        return buffer.ToArray();
    }
}
