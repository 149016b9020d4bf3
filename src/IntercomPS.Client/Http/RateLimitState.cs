using System;
using System.Collections.Generic;
using System.Globalization;

namespace IntercomPS.Client.Http
{
    /// <summary>The last X-RateLimit-* figures the API sent to a session.</summary>
    public sealed class RateLimitState
    {
        private readonly object _gate = new object();

        public int? Limit { get; private set; }
        public int? Remaining { get; private set; }
        public DateTimeOffset? ResetAt { get; private set; }
        public DateTimeOffset? ObservedAt { get; private set; }

        public void Update(IReadOnlyDictionary<string, string> headers, DateTimeOffset now)
        {
            var limit = ReadInt(headers, "X-RateLimit-Limit");
            var remaining = ReadInt(headers, "X-RateLimit-Remaining");
            var reset = ReadInt(headers, "X-RateLimit-Reset");
            if (limit == null && remaining == null && reset == null) return;
            lock (_gate)
            {
                Limit = limit ?? Limit;
                Remaining = remaining ?? Remaining;
                if (reset != null) ResetAt = DateTimeOffset.FromUnixTimeSeconds(reset.Value);
                ObservedAt = now;
            }
        }

        internal static int? ReadInt(IReadOnlyDictionary<string, string> headers, string name)
        {
            if (headers != null && headers.TryGetValue(name, out var text) &&
                long.TryParse(text?.Split(',')[0].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
                return (int)Math.Min(value, int.MaxValue);
            return null;
        }

        public override string ToString() =>
            Limit == null ? "(none seen yet)" : $"{Remaining}/{Limit} remaining, resets {ResetAt:u}";
    }
}
