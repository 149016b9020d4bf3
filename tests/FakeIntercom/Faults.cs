using System.Text.Json;
using FakeIntercom.Http;

namespace FakeIntercom;

/// <summary>
/// One injected fault, as posted to /_fake/faults. The next <see cref="Count"/> requests matching
/// <see cref="Method"/> (any when absent) and <see cref="Path"/> (exact, or a prefix when it ends with '*')
/// are answered with <see cref="Status"/> instead of being handled. Without a status the request is only
/// delayed by <see cref="DelayMs"/> and then handled normally.
/// </summary>
public sealed class FaultRule
{
    public string? Method { get; set; }
    public string Path { get; set; } = "*";
    public int? Status { get; set; }
    public int Count { get; set; } = 1;
    public int? RetryAfter { get; set; }
    public JsonElement? Body { get; set; }
    public int? DelayMs { get; set; }
    public string? RedirectTo { get; set; }

    public bool Matches(string method, string path) =>
        (string.IsNullOrEmpty(Method) || string.Equals(Method, method, StringComparison.OrdinalIgnoreCase))
        && (Path.EndsWith('*')
            ? path.StartsWith(Path[..^1], StringComparison.OrdinalIgnoreCase)
            : string.Equals(Path, path, StringComparison.OrdinalIgnoreCase));

    /// <summary>Answers the request; false when the rule only delays and the request should then be handled.</summary>
    public async Task<bool> ApplyAsync(HttpContext context)
    {
        if (DelayMs is > 0)
        {
            try
            {
                await Task.Delay(DelayMs.Value, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return true; // the client gave up (a timeout test); nothing left to answer
            }
        }

        if (RedirectTo is not null)
        {
            context.Response.StatusCode = Status is 301 or 302 or 303 or 307 or 308 ? Status.Value : 302;
            context.Response.Headers.Location = RedirectTo;
            return true;
        }
        if (Status is not int status)
            return false;

        if (RetryAfter is int seconds)
            context.Response.Headers.RetryAfter = seconds.ToString();
        if (status == 429)
            context.Response.Headers["X-RateLimit-Remaining"] = "0";

        if (Body is { ValueKind: not JsonValueKind.Null } body)
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(body.ValueKind == JsonValueKind.String ? body.GetString()! : body.GetRawText());
            return true;
        }

        var (code, message) = status switch
        {
            429 => ("rate_limit_exceeded", "You have exceeded the rate limit. Please try again later."),
            500 => ("server_error", "Internal server error"),
            503 => ("service_unavailable", "Service Unavailable"),
            _ => ("fake_fault", $"Injected fault with status {status}"),
        };
        await ApiErrors.Result(status, code, message).ExecuteAsync(context);
        return true;
    }
}

/// <summary>The active fault rules; each match uses up one of the rule's count.</summary>
public sealed class FaultRules
{
    private readonly List<FaultRule> _rules = [];
    private readonly Lock _gate = new();

    public void Add(IEnumerable<FaultRule> rules)
    {
        lock (_gate)
            _rules.AddRange(rules);
    }

    public void Clear()
    {
        lock (_gate)
            _rules.Clear();
    }

    public FaultRule? Take(string method, string path)
    {
        lock (_gate)
        {
            var rule = _rules.FirstOrDefault(r => r.Matches(method, path));
            if (rule is null)
                return null;
            if (--rule.Count <= 0)
                _rules.Remove(rule);
            return rule;
        }
    }

    public object[] Snapshot()
    {
        lock (_gate)
            return _rules.Select(r => (object)new { method = r.Method, path = r.Path, status = r.Status, remaining = r.Count }).ToArray();
    }
}
