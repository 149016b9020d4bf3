using System;
using System.Collections.Generic;
using System.Globalization;

namespace IntercomPS.Client.Http
{
    /// <summary>
    /// The last X-RateLimit-* figures the API sent to a session, and the client-side budget that every request of
    /// the session draws from, so that concurrent requests never overdraw a window between two answers.
    /// </summary>
    public sealed class RateLimitState
    {
        private readonly object _gate = new object();
        private int _inFlight;       // reserved and not yet answered
        private bool _rolledOver;    // ResetAt has passed; Remaining counts down the next window from Limit
        private bool _answered;      // any answer has come back, with or without figures

        public int? Limit { get; private set; }
        public int? Remaining { get; private set; }
        public DateTimeOffset? ResetAt { get; private set; }
        public DateTimeOffset? ObservedAt { get; private set; }

        /// <summary>Waits this much past the announced reset, so the server's new window has surely begun.</summary>
        internal static readonly TimeSpan ResetMargin = TimeSpan.FromMilliseconds(100);

        /// <summary>How long to wait for an answer to announce the new window when its local budget is spent.</summary>
        internal static readonly TimeSpan AnnouncementPoll = TimeSpan.FromMilliseconds(50);

        public void Update(IReadOnlyDictionary<string, string> headers, DateTimeOffset now)
        {
            var limit = ReadInt(headers, "X-RateLimit-Limit");
            var remaining = ReadInt(headers, "X-RateLimit-Remaining");
            var reset = ReadInt(headers, "X-RateLimit-Reset");
            if (limit == null && remaining == null && reset == null) return;
            lock (_gate)
            {
                _answered = true;
                Limit = limit ?? Limit;
                ObservedAt = now;
                var window = reset == null ? ResetAt : DateTimeOffset.FromUnixTimeSeconds(reset.Value);
                // An answer about a window that is already over (sent before the reset, read after it) says nothing
                // about the current budget.
                if (ResetAt != null && window < ResetAt) return;
                if (ResetAt != null && window == ResetAt && _rolledOver) return;
                if (remaining != null)
                {
                    // The server's figure does not count the other requests still on their way.
                    var left = Math.Max(0, remaining.Value - Math.Max(0, _inFlight - 1));
                    // Within one window answers arrive out of order: the lower count wins, so an older answer cannot
                    // undo the reservations made since. The window counted down since the rollover is the one announced.
                    var sameWindow = Remaining != null && (window == ResetAt || _rolledOver);
                    Remaining = sameWindow ? Math.Min(Remaining.Value, left) : left;
                }
                ResetAt = window;
                _rolledOver = false;
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
        /// Takes one request from the budget, or says how long to wait before asking again. A granted request
        /// (TimeSpan.Zero) is in flight until <see cref="RequestEnded"/>. When the announced window ends, the next
        /// one counts down from the limit less the requests still in flight (they may land in it), until an answer
        /// announces the new window's own figures.
        /// </summary>
        public TimeSpan Reserve(DateTimeOffset now)
        {
            lock (_gate)
            {
                // The first request of a session goes alone: its answer announces the budget the others draw from.
                if (!_answered && _inFlight > 0) return AnnouncementPoll;
                if (Remaining != null && ResetAt != null && !_rolledOver && now >= ResetAt.Value + ResetMargin)
                {
                    _rolledOver = true;
                    Remaining = Limit == null ? (int?)null : Math.Max(0, Limit.Value - _inFlight);
                }
                if (Remaining == null || ResetAt == null || Remaining.Value > 0)
                {
                    if (Remaining > 0) Remaining = Remaining.Value - 1; // without a known reset, 0 is shown, never below
                    _inFlight++;
                    return TimeSpan.Zero;
                }
                if (!_rolledOver) return ResetAt.Value + ResetMargin - now;
                if (_inFlight > 0) return AnnouncementPoll;
                // Spent since the rollover, every answer in, and none announced a window: the API stopped sending
                // the figures, so there is nothing left to pace by.
                Remaining = null;
                _rolledOver = false;
                _inFlight++;
                return TimeSpan.Zero;
            }
        }

        /// <summary>The request granted by <see cref="Reserve"/> has its answer (or failed).</summary>
        public void RequestEnded()
        {
            lock (_gate)
            {
                _inFlight = Math.Max(0, _inFlight - 1);
                _answered = true;
            }
        }

        public override string ToString() =>
            Limit == null ? "(none seen yet)" : $"{Remaining}/{Limit} remaining, resets {ResetAt:u}";
    }
}
