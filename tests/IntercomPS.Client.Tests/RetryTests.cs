using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using IntercomPS.Client.Http;
using Xunit;

namespace IntercomPS.Client.Tests
{
    public class RetryTests
    {
        private const string Throttled = "{\"type\":\"error.list\",\"request_id\":\"r429\",\"errors\":[{\"code\":\"rate_limit_exceeded\",\"message\":\"Too many\"}]}";
        private const string ServerError = "{\"type\":\"error.list\",\"request_id\":\"r500\",\"errors\":[{\"code\":\"server_error\",\"message\":\"Boom\"}]}";

        [Theory]
        [InlineData("GET")]
        [InlineData("POST")]
        [InlineData("PUT")]
        [InlineData("DELETE")]
        public async Task A_throttling_429_is_retried_for_every_method(string method)
        {
            var t = new TestEngine();
            t.Handler.Respond(429, Throttled, ("Retry-After", "2")).Respond(200, "{\"type\":\"tag\",\"id\":\"1\"}");
            var response = await t.SendAsync(new ApiRequest(new HttpMethod(method), "tags"));
            Assert.Equal(200, response.StatusCode);
            Assert.Equal(2, t.Handler.Requests.Count);
            Assert.Equal(TimeSpan.FromSeconds(2), t.Waits.Single());
        }

        [Theory]
        [InlineData("GET", 500, true)]
        [InlineData("PUT", 502, true)]
        [InlineData("DELETE", 503, true)]
        [InlineData("GET", 408, true)]
        [InlineData("POST", 500, false)]
        [InlineData("POST", 503, false)]
        [InlineData("POST", 408, false)]
        public async Task Transient_failures_are_retried_only_when_the_request_is_safe_to_repeat(string method, int status, bool retried)
        {
            var t = new TestEngine();
            t.Handler.Respond(status, ServerError);
            if (retried) t.Handler.Respond(200, "{}");
            var request = new ApiRequest(new HttpMethod(method), "tags").WithBody(method == "GET" ? null : new { name = "x" });
            if (retried)
            {
                Assert.Equal(200, (await t.SendAsync(request)).StatusCode);
            }
            else
            {
                var error = await Assert.ThrowsAsync<IntercomApiException>(() => t.SendAsync(request));
                Assert.Equal(status, error.StatusCode);
            }
            Assert.Equal(retried ? 2 : 1, t.Handler.Requests.Count);
        }

        [Fact]
        public async Task A_read_only_POST_is_retried_after_a_5xx_like_a_GET()
        {
            var t = new TestEngine();
            t.Handler.Respond(500, ServerError).Respond(200, "{\"type\":\"list\",\"data\":[]}");
            var response = await t.SendAsync(new ApiRequest(HttpMethod.Post, "contacts/search").WithBody(new { query = new { } }).ReadOnly());
            Assert.Equal(200, response.StatusCode);
            Assert.Equal(2, t.Handler.Requests.Count);
        }

        [Fact]
        public async Task A_lost_connection_is_retried_for_GET_but_not_for_a_changing_POST()
        {
            var get = new TestEngine();
            get.Handler.Throw(new HttpRequestException("Connection reset by peer")).Respond(200, "{}");
            Assert.Equal(200, (await get.SendAsync(new ApiRequest(HttpMethod.Get, "tags"))).StatusCode);

            var post = new TestEngine();
            post.Handler.Throw(new HttpRequestException("Connection reset by peer"));
            var error = await Assert.ThrowsAsync<IntercomTransportException>(() => post.SendAsync(new ApiRequest(HttpMethod.Post, "tags").WithBody(new { name = "x" })));
            Assert.Single(post.Handler.Requests);
            Assert.Contains("not retried", error.Message);
        }

        [Fact]
        public async Task When_retries_run_out_the_error_says_so_and_keeps_the_intercom_details()
        {
            var t = new TestEngine(o => o.MaximumRetryCount = 2);
            for (var i = 0; i < 3; i++) t.Handler.Respond(503, ServerError);
            var error = await Assert.ThrowsAsync<IntercomApiException>(() => t.SendAsync(new ApiRequest(HttpMethod.Get, "tags")));
            Assert.Equal(3, t.Handler.Requests.Count);
            Assert.Equal(2, t.Waits.Count);
            Assert.Equal("server_error", error.ErrorCode);
            Assert.Equal("r500", error.RequestId);
            Assert.Contains("Gave up after 2 retries", error.Message);
            Assert.Equal(2, t.Messages.Count(m => m.Contains("waiting")));
        }

        [Fact]
        public async Task A_429_while_budget_remains_is_a_business_rule_and_is_not_retried()
        {
            var t = new TestEngine();
            t.Handler.Respond(429, "{\"type\":\"error.list\",\"errors\":[{\"code\":\"export_job_exists\",\"message\":\"One job at a time\"}]}", ("X-RateLimit-Remaining", "9000"));
            var error = await Assert.ThrowsAsync<IntercomApiException>(() => t.SendAsync(new ApiRequest(HttpMethod.Post, "export/content/data").WithBody(new { })));
            Assert.Equal(429, error.StatusCode);
            Assert.Single(t.Handler.Requests);
            Assert.Empty(t.Waits);
        }

        [Fact]
        public async Task Without_Retry_After_a_429_waits_for_the_rate_limit_reset()
        {
            var t = new TestEngine();
            var reset = t.Now.ToUnixTimeSeconds() + 7;
            t.Handler.Respond(429, Throttled, ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset", reset.ToString())).Respond(200, "{}");
            await t.SendAsync(new ApiRequest(HttpMethod.Get, "tags"));
            Assert.InRange(t.Waits.Single().TotalSeconds, 7.0, 7.5);
        }

        [Fact]
        public void Backoff_without_headers_grows_exponentially_with_jitter_and_is_capped()
        {
            var random = new Random(42);
            var now = DateTimeOffset.UtcNow;
            var cap = TimeSpan.FromSeconds(10);
            var first = RetryPolicy.Delay(1, null, false, now, cap, random);
            var third = RetryPolicy.Delay(3, null, false, now, cap, random);
            var tenth = RetryPolicy.Delay(10, null, false, now, cap, random);
            Assert.InRange(first.TotalSeconds, 0.8, 1.2);
            Assert.InRange(third.TotalSeconds, 3.2, 4.8);
            Assert.InRange(tenth.TotalSeconds, 8.0, 10.0);
            Assert.Equal(cap, RetryPolicy.Delay(1, new System.Collections.Generic.Dictionary<string, string> { ["Retry-After"] = "3600" }, true, now, cap, random));
        }

        [Fact]
        public async Task An_attempt_that_exceeds_the_timeout_fails_as_a_transport_error_and_GET_is_retried()
        {
            var t = new TestEngine(o => { o.Timeout = TimeSpan.FromMilliseconds(100); o.MaximumRetryCount = 1; });
            t.Handler.Respond(async (r, ct) => { await Task.Delay(5000, ct); return FakeHandler.Response(200, "{}"); }).Respond(200, "{\"ok\":true}");
            var response = await t.SendAsync(new ApiRequest(HttpMethod.Get, "tags"));
            Assert.Equal(2, t.Handler.Requests.Count);
            Assert.Contains(t.Messages, m => m.Contains("timed out"));
            Assert.True((bool)response.Json["ok"]);
        }

        [Fact]
        public async Task Cancellation_stops_the_request_in_flight()
        {
            var t = new TestEngine();
            t.Handler.Respond(async (r, ct) => { await Task.Delay(10000, ct); return FakeHandler.Response(200, "{}"); });
            using var cts = new System.Threading.CancellationTokenSource(TimeSpan.FromMilliseconds(100));
            var watch = System.Diagnostics.Stopwatch.StartNew();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => t.Engine.SendAsync(new ApiRequest(HttpMethod.Get, "tags"), t, cts.Token));
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5));
        }

        [Fact]
        public async Task Malformed_JSON_on_a_GET_is_retried_and_reported_with_an_excerpt_when_it_persists()
        {
            var t = new TestEngine(o => o.MaximumRetryCount = 1);
            t.Handler.Respond(200, "{\"type\":\"list\",\"data\":[").Respond(200, "<html><body>Bad gateway</body></html>");
            var error = await Assert.ThrowsAsync<IntercomResponseFormatException>(() => t.SendAsync(new ApiRequest(HttpMethod.Get, "tags")));
            Assert.Equal(2, t.Handler.Requests.Count);
            Assert.Contains("not valid JSON", error.Message);
            Assert.Contains("<html>", error.Excerpt);
        }
    }
}

namespace IntercomPS.Client.Tests
{
    public class PacingTests
    {
        [Fact]
        public async Task When_the_window_budget_is_used_up_the_engine_waits_for_the_reset_instead_of_drawing_a_429()
        {
            var t = new TestEngine();
            var reset = (t.Now + System.TimeSpan.FromSeconds(4)).ToUnixTimeSeconds();
            t.Handler.Respond(200, "{}", ("X-RateLimit-Limit", "2"), ("X-RateLimit-Remaining", "1"), ("X-RateLimit-Reset", reset.ToString()))
                     .Respond(200, "{}", ("X-RateLimit-Limit", "2"), ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset", reset.ToString()))
                     .Respond(200, "{}");

            await t.SendAsync(new ApiRequest(System.Net.Http.HttpMethod.Get, "tags"));
            await t.SendAsync(new ApiRequest(System.Net.Http.HttpMethod.Get, "tags"));
            Assert.Empty(t.Waits);
            await t.SendAsync(new ApiRequest(System.Net.Http.HttpMethod.Get, "tags"));
            var wait = Assert.Single(t.Waits);
            Assert.InRange(wait.TotalSeconds, 4.0, 4.2);
            Assert.Contains(t.Messages, m => m.StartsWith("Rate limit: the budget of 2 requests"));
        }

        [Fact]
        public void An_older_answer_arriving_late_does_not_raise_the_remaining_budget()
        {
            var state = new RateLimitState();
            var now = System.DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);
            System.Collections.Generic.Dictionary<string, string> Headers(int remaining, long reset) =>
                new System.Collections.Generic.Dictionary<string, string> { ["X-RateLimit-Limit"] = "100", ["X-RateLimit-Remaining"] = remaining.ToString(), ["X-RateLimit-Reset"] = reset.ToString() };
            state.Update(Headers(40, 1_800_000_010), now);
            state.Update(Headers(45, 1_800_000_010), now);
            Assert.Equal(40, state.Remaining);
            state.Update(Headers(99, 1_800_000_020), now);
            Assert.Equal(99, state.Remaining);
        }

        [Fact]
        public void The_first_answer_of_a_window_is_lowered_by_the_requests_still_in_flight()
        {
            var state = new RateLimitState();
            var now = System.DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);
            Assert.Equal(System.TimeSpan.Zero, state.Reserve(now));
            state.RequestEnded();   // the first answer carried no figures
            for (var i = 0; i < 8; i++) Assert.Equal(System.TimeSpan.Zero, state.Reserve(now));   // a burst sent before the window's budget was known
            state.Update(new System.Collections.Generic.Dictionary<string, string> { ["X-RateLimit-Limit"] = "10", ["X-RateLimit-Remaining"] = "9", ["X-RateLimit-Reset"] = "1800000010" }, now);
            Assert.Equal(2, state.Remaining);   // 9 minus the 7 others the server has not counted in its answer
        }

        [Fact]
        public void Concurrent_reservations_never_exceed_the_announced_budget()
        {
            var state = new RateLimitState();
            var now = System.DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);
            state.Update(new System.Collections.Generic.Dictionary<string, string> { ["X-RateLimit-Limit"] = "100", ["X-RateLimit-Remaining"] = "50", ["X-RateLimit-Reset"] = "1800000010" }, now);
            var granted = 0;
            System.Threading.Tasks.Parallel.For(0, 200, _ => { if (state.Reserve(now) == System.TimeSpan.Zero) System.Threading.Interlocked.Increment(ref granted); });
            Assert.Equal(50, granted);
            Assert.Equal(System.TimeSpan.Zero, state.Reserve(now + System.TimeSpan.FromSeconds(10) + RateLimitState.ResetMargin));
        }
    }
}

namespace IntercomPS.Client.Tests
{
    public class ThrottlingRuleTests
    {
        [Theory]
        [InlineData("0", true)]
        [InlineData(null, true)]
        [InlineData("500", false)]
        public void A_429_is_throttling_only_when_the_window_has_no_budget_left(string remaining, bool throttling)
        {
            var headers = new System.Collections.Generic.Dictionary<string, string>();
            if (remaining != null) headers["X-RateLimit-Remaining"] = remaining;
            Assert.Equal(throttling, RetryPolicy.IsThrottling(429, headers));
        }
    }
}
