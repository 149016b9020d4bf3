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
                var resetAt = reset == null ? ResetAt : DateTimeOffset.FromUnixTimeSeconds(reset.Value);
                var sameWindow = resetAt == ResetAt && Remaining != null;
                // Within one window, answers to concurrent requests arrive out of order: an older answer's higher
                // figure must not undo the reservations made since, so the lower count wins.
                // The server's figure does not count requests still on their way (sent alongside this one).
                var left = remaining == null ? (int?)null : Math.Max(0, remaining.Value - Math.Max(0, _inFlight - 1));
                Remaining = left == null ? Remaining : sameWindow ? Math.Min(Remaining.Value, left.Value) : left;
                Limit = limit ?? Limit;
                ResetAt = resetAt;
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

        /// <summary>
        /// Takes one request from the budget the API announced, or says how long to wait for the next window.
        /// The local count runs ahead of the server's answers, so requests in flight at the same time (one
        /// session shared by parallel work) cannot overdraw the window between two responses.
        /// </summary>
        public TimeSpan Reserve(DateTimeOffset now)
        {
            lock (_gate)
            {
                if (Remaining == null || ResetAt == null) return TimeSpan.Zero;
                if (now >= ResetAt.Value)
                {
                    // A new window has begun: its budget is unknown until the next answer says it.
                    Remaining = null;
                    return TimeSpan.Zero;
                }
                if (Remaining.Value > 0)
                {
                    Remaining = Remaining.Value - 1;
                    return TimeSpan.Zero;
                }
                return ResetAt.Value - now + ResetMargin;
            }
        }

        private int _inFlight;

        /// <summary>A request is on its way (between its reservation and its answer).</summary>
        public void RequestStarted()
        {
            lock (_gate) _inFlight++;
        }

        public void RequestEnded()
        {
            lock (_gate) _inFlight--;
        }

        /// <summary>After waiting for a reset: the new window's budget is unknown until the next answer says it.</summary>
        public void ForgetWindow()
        {
            lock (_gate) Remaining = null;
        }

        /// <summary>Waits this much past the announced reset, so the server's new window has surely begun.</summary>
        internal static readonly TimeSpan ResetMargin = TimeSpan.FromMilliseconds(100);

        public override string ToString() =>
            Limit == null ? "(none seen yet)" : $"{Remaining}/{Limit} remaining, resets {ResetAt:u}";
    }
}
