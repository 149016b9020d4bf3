using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace IntercomPS.Client.Http
{
    /// <summary>
    /// Which failures are retried and how long to wait. A throttling 429 is retried for any method (the API did
    /// not process the request); 408, 5xx and lost connections only when the request is safe to repeat.
    /// </summary>
    public static class RetryPolicy
    {
        private static readonly TimeSpan BaseBackoff = TimeSpan.FromSeconds(1);

        public static bool IsTransientStatus(int status) => status == 408 || status >= 500;

        /// <summary>
        /// A 429 that is a business rule (e.g. "one export job at a time") rather than throttling: Intercom sends it
        /// while the rate budget still has room, so waiting would not help.
        /// </summary>
        public static bool IsThrottling(int status, IReadOnlyDictionary<string, string> headers)
        {
            if (status != 429) return false;
            // Budget left in the window means the 429 is not about the rate, whatever its code says.
            var remaining = RateLimitState.ReadInt(headers, "X-RateLimit-Remaining");
            return remaining == null || remaining.Value <= 0;
        }

        public static bool ShouldRetry(ApiRequest request, int status, bool throttling) =>
            status == 429 ? throttling : IsTransientStatus(status) && request.IsRetriableOnFailure;

        /// <summary>
        /// The wait before attempt number <paramref name="retry"/> (1 = first retry): Retry-After, else (on a 429)
        /// X-RateLimit-Reset, else capped exponential backoff with jitter. Never longer than <paramref name="cap"/>.
        /// </summary>
        public static TimeSpan Delay(int retry, IReadOnlyDictionary<string, string> headers, bool throttled, DateTimeOffset now, TimeSpan cap, Random random)
        {
            var fromHeaders = RetryAfter(headers, now) ?? (throttled ? UntilReset(headers, now) : null);
            TimeSpan wait;
            if (fromHeaders != null)
            {
                wait = fromHeaders.Value;
            }
            else
            {
                var exponential = BaseBackoff.TotalMilliseconds * Math.Pow(2, Math.Max(0, retry - 1));
                var jitter = 0.8 + 0.4 * random.NextDouble();
                wait = TimeSpan.FromMilliseconds(Math.Min(exponential, cap.TotalMilliseconds) * jitter);
            }
            if (wait < TimeSpan.Zero) wait = TimeSpan.Zero;
            return wait > cap ? cap : wait;
        }

        private static TimeSpan? RetryAfter(IReadOnlyDictionary<string, string> headers, DateTimeOffset now)
        {
            if (headers == null || !headers.TryGetValue("Retry-After", out var value) || string.IsNullOrWhiteSpace(value)) return null;
            if (double.TryParse(value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
                return TimeSpan.FromSeconds(Math.Max(0, seconds));
            if (DateTimeOffset.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
                return date - now;
            return null;
        }

        private static TimeSpan? UntilReset(IReadOnlyDictionary<string, string> headers, DateTimeOffset now)
        {
            var reset = RateLimitState.ReadInt(headers, "X-RateLimit-Reset");
            if (reset == null) return null;
            // The reset is a unix second; wait until just after it so the new window has begun.
            return DateTimeOffset.FromUnixTimeSeconds(reset.Value) - now + RateLimitState.ResetMargin;
        }
    }
}
