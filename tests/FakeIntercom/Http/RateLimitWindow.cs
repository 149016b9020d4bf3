using FakeIntercom.State;

namespace FakeIntercom.Http;

/// <summary>Imitates Intercom's X-RateLimit-* headers: a budget of 10,000 requests per 10-second window.</summary>
public sealed class RateLimitWindow
{
    public const int Limit = 10_000;
    private const int WindowSeconds = 10;

    private readonly Lock _gate = new();
    private long _window;
    private int _used;

    public void Stamp(HttpResponse response)
    {
        long reset;
        int remaining;
        lock (_gate)
        {
            var window = Clock.NowUnix() / WindowSeconds;
            if (window != _window)
            {
                _window = window;
                _used = 0;
            }
            _used++;
            remaining = Math.Max(0, Limit - _used);
            reset = (window + 1) * WindowSeconds;
        }
        response.Headers["X-RateLimit-Limit"] = Limit.ToString();
        response.Headers["X-RateLimit-Remaining"] = remaining.ToString();
        response.Headers["X-RateLimit-Reset"] = reset.ToString();
    }
}
