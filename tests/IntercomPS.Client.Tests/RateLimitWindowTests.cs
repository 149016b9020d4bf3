using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Client.Http;
using Xunit;

namespace IntercomPS.Client.Tests
{
    /// <summary>The client-side budget across window boundaries, where concurrent requests race the server's answers.</summary>
    public class RateLimitWindowTests
    {
        private static readonly DateTimeOffset Start = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);

        private static Dictionary<string, string> Headers(int limit, int remaining, DateTimeOffset reset) => new Dictionary<string, string>
        {
            ["X-RateLimit-Limit"] = limit.ToString(),
            ["X-RateLimit-Remaining"] = remaining.ToString(),
            ["X-RateLimit-Reset"] = reset.ToUnixTimeSeconds().ToString(),
        };

        private static int Grant(RateLimitState state, DateTimeOffset now, int tries) =>
            Enumerable.Range(0, tries).Count(_ => state.Reserve(now) == TimeSpan.Zero);

        [Fact]
        public void The_first_request_of_a_session_goes_alone_until_its_answer_announces_the_budget()
        {
            var state = new RateLimitState();
            Assert.Equal(TimeSpan.Zero, state.Reserve(Start));
            Assert.Equal(RateLimitState.AnnouncementPoll, state.Reserve(Start));
            state.Update(Headers(3, 2, Start.AddSeconds(10)), Start);
            state.RequestEnded();
            Assert.Equal(2, Grant(state, Start, 5));
        }

        [Fact]
        public async Task While_the_session_s_first_request_is_out_the_others_wait_for_its_answer_and_say_why()
        {
            var t = new TestEngine();
            var release = new TaskCompletionSource<bool>();
            var reset = Start.AddSeconds(10).ToUnixTimeSeconds().ToString();
            t.Handler.Respond(async (request, ct) =>
                     {
                         await release.Task;
                         return FakeHandler.Response(200, "{}", ("X-RateLimit-Limit", "10"), ("X-RateLimit-Remaining", "9"), ("X-RateLimit-Reset", reset));
                     })
                     .Respond(200, "{}");
            t.Engine.Delay = (wait, ct) => Task.Delay(5, ct);
            var first = t.SendAsync(new ApiRequest(HttpMethod.Get, "tags"));
            var second = t.SendAsync(new ApiRequest(HttpMethod.Get, "admins"));
            await Task.Delay(150);
            Assert.Single(t.Handler.Requests);
            release.SetResult(true);
            await Task.WhenAll(first, second);
            Assert.Equal(new[] { "/tags", "/admins" }, t.Handler.Requests.Select(r => r.Uri.AbsolutePath));
            Assert.Contains(t.Messages, m => m.StartsWith("Rate limit: waiting for the session's first answer"));
        }

        [Fact]
        public void After_the_reset_the_next_window_counts_down_from_the_limit_until_an_answer_announces_it()
        {
            var state = new RateLimitState();
            var reset = Start.AddSeconds(2);
            state.Update(Headers(10, 0, reset), Start);
            Assert.True(state.Reserve(Start) > TimeSpan.Zero);

            var afterReset = reset + RateLimitState.ResetMargin;
            Assert.Equal(10, Grant(state, afterReset, 25));
            // Spent, with answers still to come: wait briefly for one to announce the window, never send blind.
            Assert.Equal(RateLimitState.AnnouncementPoll, state.Reserve(afterReset));
        }

        [Fact]
        public void Requests_still_in_flight_at_the_reset_count_against_the_next_window()
        {
            var state = new RateLimitState();
            var reset = Start.AddSeconds(2);
            state.Update(Headers(10, 5, reset), Start);
            Assert.Equal(3, Grant(state, Start, 3));   // sent before the reset, not yet answered: they may land after it

            Assert.Equal(7, Grant(state, reset + RateLimitState.ResetMargin, 25));
        }

        [Fact]
        public void An_answer_about_the_previous_window_read_after_the_reset_does_not_reopen_the_budget()
        {
            var state = new RateLimitState();
            var reset = Start.AddSeconds(2);
            state.Update(Headers(10, 0, reset), Start);
            var afterReset = reset + RateLimitState.ResetMargin;
            Assert.Equal(10, Grant(state, afterReset, 10));

            state.Update(Headers(10, 9, reset), afterReset);   // answered before the reset, read after it
            state.RequestEnded();
            Assert.Equal(0, Grant(state, afterReset, 5));

            state.Update(Headers(10, 3, reset.AddSeconds(2)), afterReset);   // the new window speaks: 3 left, less 8 in flight
            state.RequestEnded();
            Assert.Equal(0, Grant(state, afterReset, 5));
            Assert.Equal(reset.AddSeconds(2), state.ResetAt);
        }

        [Fact]
        public void When_answers_stop_carrying_the_figures_the_budget_stops_pacing_rather_than_stalling()
        {
            var state = new RateLimitState();
            var reset = Start.AddSeconds(2);
            state.Update(Headers(2, 0, reset), Start);
            var afterReset = reset + RateLimitState.ResetMargin;
            Assert.Equal(2, Grant(state, afterReset, 2));
            state.RequestEnded();
            state.RequestEnded();   // both answered without X-RateLimit-* headers
            Assert.Equal(5, Grant(state, afterReset, 5));
        }

        /// <summary>
        /// A server with a 1-second window of 6 requests answers 8 concurrent senders after random short delays,
        /// so answers cross window boundaries out of order. The engine must never draw a 429.
        /// </summary>
        [Fact]
        public async Task Concurrent_senders_across_several_windows_never_draw_a_429()
        {
            var server = new WindowedServer(limit: 6);
            var engine = new IntercomHttpEngine(
                new IntercomClientOptions { BaseUri = new Uri("https://api.intercom.io/"), UserAgent = "IntercomPS/test", MaximumRetryCount = 0 },
                () => TestEngine.Token, server);
            var queue = new System.Collections.Concurrent.ConcurrentQueue<int>(Enumerable.Range(0, 30));
            var senders = Enumerable.Range(0, 8).Select(async _ =>
            {
                while (queue.TryDequeue(out var item))
                    await engine.SendAsync(new ApiRequest(HttpMethod.Post, $"contacts/{item}/subscriptions"), null, CancellationToken.None);
            });
            await Task.WhenAll(senders);
            Assert.Equal(30, server.Answered);
            Assert.Equal(0, server.Refused);
        }

        private sealed class WindowedServer : HttpMessageHandler
        {
            private readonly int _limit;
            private readonly object _gate = new object();
            private readonly Random _random = new Random(7);
            private long _window;
            private int _used;

            public WindowedServer(int limit) => _limit = limit;

            public int Answered { get; private set; }
            public int Refused { get; private set; }

            protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                int delay, remaining;
                long reset;
                bool over;
                lock (_gate)
                {
                    delay = _random.Next(0, 40);
                    var window = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
                    if (window != _window) { _window = window; _used = 0; }
                    _used++;
                    over = _used > _limit;
                    remaining = Math.Max(0, _limit - _used);
                    reset = window + 1;
                    if (over) Refused++; else Answered++;
                }
                await Task.Delay(delay, cancellationToken);   // the answer travels back while the window may end
                return FakeHandler.Response(over ? 429 : 200, over ? "{\"type\":\"error.list\",\"errors\":[{\"code\":\"rate_limit_exceeded\"}]}" : "{}",
                    ("X-RateLimit-Limit", _limit.ToString()), ("X-RateLimit-Remaining", remaining.ToString()), ("X-RateLimit-Reset", reset.ToString()));
            }
        }
    }
}
