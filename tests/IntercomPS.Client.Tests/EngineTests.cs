using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using IntercomPS.Client.Http;
using Xunit;

namespace IntercomPS.Client.Tests
{
    public class EngineTests
    {
        [Fact]
        public async Task Every_request_carries_auth_version_accept_and_user_agent()
        {
            var t = new TestEngine();
            t.Handler.Respond(200, "{}");
            await t.SendAsync(new ApiRequest(HttpMethod.Get, "tags"));
            var sent = t.Handler.Requests.Single();
            Assert.Equal("https://api.intercom.io/tags", sent.Uri.ToString());
            Assert.Equal("Bearer " + TestEngine.Token, sent.Headers["Authorization"]);
            Assert.Equal("2.11", sent.Headers["Intercom-Version"]);
            Assert.Equal("application/json", sent.Headers["Accept"]);
            Assert.StartsWith("IntercomPS/", sent.Headers["User-Agent"]);
        }

        [Fact]
        public async Task DELETE_can_carry_a_JSON_body()
        {
            var t = new TestEngine();
            t.Handler.Respond(200, "{\"type\":\"tag\",\"id\":\"7\"}");
            await t.SendAsync(new ApiRequest(HttpMethod.Delete, "conversations/1/tags/7").WithBody(new System.Collections.Generic.Dictionary<string, object> { ["admin_id"] = "42" }));
            var sent = t.Handler.Requests.Single();
            Assert.Equal("DELETE", sent.Method);
            Assert.Equal("{\"admin_id\":\"42\"}", sent.Body);
        }

        [Fact]
        public void Path_segments_are_escaped()
        {
            Assert.Equal("tags/a%2Fb%20c", ApiRequest.FormatPath("tags/{0}", "a/b c"));
            Assert.Equal("contacts/%2E%2E/tags", ApiRequest.FormatPath("contacts/{0}/tags", "..").Replace("..", "%2E%2E"));
        }

        [Fact]
        public async Task Query_values_are_escaped()
        {
            var t = new TestEngine();
            t.Handler.Respond(200, "{}");
            await t.SendAsync(new ApiRequest(HttpMethod.Get, "companies").WithQuery("name", "A&B Co"));
            Assert.Equal("/companies?name=A%26B%20Co", t.Handler.Requests.Single().Uri.PathAndQuery);
        }

        [Fact]
        public async Task A_redirect_on_the_same_host_keeps_the_token_but_another_host_never_gets_it()
        {
            var t = new TestEngine();
            t.Handler.Respond(302, null, ("Location", "https://api.intercom.io/tags2"))
                     .Respond(302, null, ("Location", "https://evil.example.com/steal"))
                     .Respond(200, "{}");
            await t.SendAsync(new ApiRequest(HttpMethod.Get, "tags"));
            Assert.Equal(3, t.Handler.Requests.Count);
            Assert.True(t.Handler.Requests[1].Headers.ContainsKey("Authorization"));
            Assert.Equal("evil.example.com", t.Handler.Requests[2].Uri.Host);
            Assert.False(t.Handler.Requests[2].Headers.ContainsKey("Authorization"));
        }

        [Fact]
        public async Task An_absolute_URL_on_another_host_is_refused_before_sending()
        {
            var t = new TestEngine();
            await Assert.ThrowsAsync<InvalidOperationException>(() => t.SendAsync(new ApiRequest(HttpMethod.Get, "https://evil.example.com/tags")));
            Assert.Empty(t.Handler.Requests);
        }

        [Fact]
        public async Task The_token_never_appears_in_messages_or_errors()
        {
            var t = new TestEngine();
            t.Handler.Respond(401, "{\"type\":\"error.list\",\"request_id\":\"abc\",\"errors\":[{\"code\":\"unauthorized\",\"message\":\"Access Token Invalid\"}]}");
            var error = await Assert.ThrowsAsync<IntercomApiException>(() => t.SendAsync(new ApiRequest(HttpMethod.Post, "tags").WithBody(new { name = "x" })));
            Assert.DoesNotContain(TestEngine.Token, error.Message);
            Assert.DoesNotContain(TestEngine.Token, error.ToString());
            Assert.NotEmpty(t.Messages);
            Assert.All(t.Messages, m => Assert.DoesNotContain(TestEngine.Token, m));
        }

        [Fact]
        public async Task Rate_limit_headers_are_recorded()
        {
            var t = new TestEngine();
            t.Handler.Respond(200, "{}", ("X-RateLimit-Limit", "10000"), ("X-RateLimit-Remaining", "9876"), ("X-RateLimit-Reset", "1800000010"));
            await t.SendAsync(new ApiRequest(HttpMethod.Get, "tags"));
            Assert.Equal(10000, t.Engine.RateLimit.Limit);
            Assert.Equal(9876, t.Engine.RateLimit.Remaining);
            Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1800000010), t.Engine.RateLimit.ResetAt);
        }

        [Fact]
        public async Task Verbose_shows_method_url_status_and_time()
        {
            var t = new TestEngine();
            t.Handler.Respond(200, "{}");
            await t.SendAsync(new ApiRequest(HttpMethod.Get, "tags"));
            Assert.Matches(@"^GET https://api\.intercom\.io/tags -> 200 OK \(\d+ ms\)$", t.Messages.Single(m => m.StartsWith("GET")));
        }
    }

    public class ErrorTests
    {
        [Fact]
        public async Task An_intercom_error_list_becomes_an_exception_with_code_message_field_and_request_id()
        {
            var t = new TestEngine();
            const string body = "{\"type\":\"error.list\",\"request_id\":\"req-123\",\"errors\":[{\"code\":\"not_found\",\"message\":\"Resource Not Found\",\"field\":\"id\"}]}";
            t.Handler.Respond(404, body);
            var error = await Assert.ThrowsAsync<IntercomApiException>(() => t.SendAsync(new ApiRequest(HttpMethod.Get, "tags/9")));
            Assert.Equal(404, error.StatusCode);
            Assert.Equal("not_found", error.ErrorCode);
            Assert.Equal("id", error.Field);
            Assert.Equal("req-123", error.RequestId);
            Assert.Equal(body, error.RawBody);
            Assert.Contains("Resource Not Found", error.Message);
            Assert.Contains("req-123", error.Message);
            Assert.Contains("GET /tags/9", error.Message);
        }

        [Fact]
        public async Task A_non_JSON_error_page_is_described_with_an_excerpt()
        {
            var t = new TestEngine();
            t.Handler.Respond(403, "<html><body>Forbidden by proxy</body></html>");
            var error = await Assert.ThrowsAsync<IntercomApiException>(() => t.SendAsync(new ApiRequest(HttpMethod.Get, "tags")));
            Assert.Null(error.ErrorCode);
            Assert.Contains("Forbidden by proxy", error.Message);
        }
    }

    public class OptionsTests
    {
        [Fact]
        public void Defaults_are_the_documented_ones()
        {
            var o = new IntercomClientOptions();
            Assert.Equal("2.11", o.ApiVersion);
            Assert.Equal(TimeSpan.FromSeconds(60), o.Timeout);
            Assert.Equal(4, o.MaximumRetryCount);
            Assert.Equal(TimeSpan.FromSeconds(60), o.MaximumRetryWait);
            Assert.Equal(new Uri("https://api.intercom.io/"), o.BaseUri);
        }

        [Theory]
        [InlineData(IntercomRegion.US, "https://api.intercom.io/")]
        [InlineData(IntercomRegion.EU, "https://api.eu.intercom.io/")]
        [InlineData(IntercomRegion.AU, "https://api.au.intercom.io/")]
        public void Regions_map_to_their_hosts(IntercomRegion region, string uri) =>
            Assert.Equal(new Uri(uri), IntercomRegions.BaseUriOf(region));

        [Theory]
        [InlineData("US", IntercomRegion.US)]
        [InlineData("Europe", IntercomRegion.EU)]
        [InlineData("EU", IntercomRegion.EU)]
        [InlineData("Australia", IntercomRegion.AU)]
        public void Workspace_region_names_are_understood(string text, IntercomRegion region) =>
            Assert.Equal(region, IntercomRegions.Parse(text));

        [Theory]
        [InlineData("http://api.intercom.io/")]
        [InlineData("http://10.0.0.5:8080/")]
        [InlineData("ftp://127.0.0.1/")]
        public void Non_https_base_uris_are_refused_unless_loopback(string uri) =>
            Assert.Throws<ArgumentException>(() => IntercomClientOptions.ValidateBaseUri(new Uri(uri)));

        [Theory]
        [InlineData("http://127.0.0.1:4010", "http://127.0.0.1:4010/")]
        [InlineData("http://localhost:5000/api", "http://localhost:5000/api/")]
        [InlineData("https://proxy.example.com/intercom", "https://proxy.example.com/intercom/")]
        public void Loopback_http_and_any_https_are_accepted_and_end_with_a_slash(string uri, string expected) =>
            Assert.Equal(new Uri(expected), IntercomClientOptions.ValidateBaseUri(new Uri(uri)));
    }
}
