using FakeIntercom.State;

namespace FakeIntercom.Http;

/// <summary>
/// Imitates Intercom's X-RateLimit-* headers: a budget of requests per window (10,000 per 10 seconds unless
/// told otherwise). When enforcing, a request past the budget is refused with 429 like the real API.
/// </summary>
public sealed class RateLimitWindow(int limit = RateLimitWindow.DefaultLimit, int windowSeconds = 10, bool enforce = false)
{
    public const int DefaultLimit = 10_000;

    private readonly Lock _gate = new();
    private long _window;
    private int _used;

    /// <summary>Counts the request and stamps the headers; true when it is over the budget and must be refused.</summary>
    public bool Stamp(HttpResponse response)
    {
        long reset;
        int remaining;
        bool over;
        lock (_gate)
        {
            var window = Clock.NowUnix() / windowSeconds;
            if (window != _window)
            {
                _window = window;
                _used = 0;
            }
            _used++;
            over = enforce && _used > limit;
            remaining = Math.Max(0, limit - _used);
            reset = (window + 1) * windowSeconds;
        }
        response.Headers["X-RateLimit-Limit"] = limit.ToString();
        response.Headers["X-RateLimit-Remaining"] = remaining.ToString();
        response.Headers["X-RateLimit-Reset"] = reset.ToString();
        return over;
    }
}
