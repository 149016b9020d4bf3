using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Client.Paging;
using Newtonsoft.Json.Linq;
using Xunit;

namespace IntercomPS.Client.Tests
{
    public class PagerTests
    {
        private static string Tags(params int[] ids) => new JArray(ids.Select(i => new JObject { ["type"] = "tag", ["id"] = i.ToString(), ["name"] = "t" + i })).ToString();

        private static async Task<List<string>> Drain(TestEngine t, PagedRequest request)
        {
            var pager = new Pager<Tag>(t.Engine, request);
            var ids = new List<string>();
            for (var page = await pager.NextPageAsync(t, CancellationToken.None); page != null; page = await pager.NextPageAsync(t, CancellationToken.None))
                ids.AddRange(page.Select(tag => tag.Id));
            return ids;
        }

        [Fact]
        public async Task Cursor_style_follows_starting_after_until_next_is_absent()
        {
            var t = new TestEngine();
            t.Handler.Respond(200, $"{{\"data\":{Tags(1, 2)},\"total_count\":3,\"pages\":{{\"next\":{{\"per_page\":2,\"starting_after\":\"CUR1\"}}}}}}")
                     .Respond(200, $"{{\"data\":{Tags(3)},\"pages\":{{\"next\":null}}}}");
            var ids = await Drain(t, new PagedRequest(HttpMethod.Get, "contacts", PagingStyle.Cursor) { PageSize = 2 });
            Assert.Equal(new[] { "1", "2", "3" }, ids);
            Assert.Equal("/contacts?per_page=2", t.Handler.Requests[0].Uri.PathAndQuery);
            Assert.Equal("/contacts?per_page=2&starting_after=CUR1", t.Handler.Requests[1].Uri.PathAndQuery);
        }

        [Fact]
        public async Task Page_number_style_stops_at_total_pages()
        {
            var t = new TestEngine();
            t.Handler.Respond(200, $"{{\"data\":{Tags(1, 2)},\"pages\":{{\"page\":1,\"per_page\":2,\"total_pages\":2}}}}")
                     .Respond(200, $"{{\"data\":{Tags(3, 4)},\"pages\":{{\"page\":2,\"per_page\":2,\"total_pages\":2}}}}");
            var ids = await Drain(t, new PagedRequest(HttpMethod.Post, "companies/list", PagingStyle.PageNumber) { PageSize = 2 });
            Assert.Equal(new[] { "1", "2", "3", "4" }, ids);
            Assert.Equal("/companies/list?page=2&per_page=2", t.Handler.Requests[1].Uri.PathAndQuery);
            Assert.All(t.Handler.Requests, r => Assert.Equal("POST", r.Method));
        }

        [Fact]
        public async Task Page_number_style_without_pages_stops_at_a_short_page()
        {
            var t = new TestEngine();
            t.Handler.Respond(200, $"{{\"data\":{Tags(1, 2)}}}").Respond(200, $"{{\"data\":{Tags(3)}}}");
            Assert.Equal(new[] { "1", "2", "3" }, await Drain(t, new PagedRequest(HttpMethod.Get, "articles", PagingStyle.PageNumber) { PageSize = 2 }));
            Assert.Equal(2, t.Handler.Requests.Count);
        }

        [Fact]
        public async Task Scroll_style_passes_scroll_param_until_data_is_empty()
        {
            var t = new TestEngine();
            t.Handler.Respond(200, $"{{\"data\":{Tags(1)},\"scroll_param\":\"S1\"}}")
                     .Respond(200, $"{{\"data\":{Tags(2)},\"scroll_param\":\"S2\"}}")
                     .Respond(200, "{\"data\":[],\"scroll_param\":\"S3\"}");
            Assert.Equal(new[] { "1", "2" }, await Drain(t, new PagedRequest(HttpMethod.Get, "companies/scroll", PagingStyle.Scroll)));
            Assert.Equal("/companies/scroll?scroll_param=S1", t.Handler.Requests[1].Uri.PathAndQuery);
            Assert.Equal("/companies/scroll?scroll_param=S2", t.Handler.Requests[2].Uri.PathAndQuery);
        }

        [Fact]
        public async Task A_scroll_page_that_fails_is_not_retried_and_the_error_says_to_start_again()
        {
            var t = new TestEngine();
            t.Handler.Respond(200, $"{{\"data\":{Tags(1)},\"scroll_param\":\"S1\"}}")
                     .Respond(500, "{\"type\":\"error.list\",\"request_id\":\"r-9\",\"errors\":[{\"code\":\"server_error\",\"message\":\"Request failed due to an internal network error. Please restart the scroll operation.\"}]}")
                     .Respond(200, $"{{\"data\":{Tags(2)},\"scroll_param\":\"S2\"}}");
            var error = await Assert.ThrowsAsync<IntercomApiException>(() => Drain(t, new PagedRequest(HttpMethod.Get, "companies/scroll", PagingStyle.Scroll)));
            Assert.Equal((500, "server_error", "r-9"), (error.StatusCode, error.ErrorCode, error.RequestId));
            Assert.Contains("cannot resume a scroll", error.Message);
            Assert.Equal(2, t.Handler.Requests.Count);
            Assert.Empty(t.Waits);
        }

        [Fact]
        public async Task A_scroll_page_lost_in_transit_is_not_retried_either()
        {
            var t = new TestEngine();
            t.Handler.Respond(200, $"{{\"data\":{Tags(1)},\"scroll_param\":\"S1\"}}")
                     .Throw(new HttpRequestException("Connection reset by peer"));
            var error = await Assert.ThrowsAsync<IntercomTransportException>(() => Drain(t, new PagedRequest(HttpMethod.Get, "companies/scroll", PagingStyle.Scroll)));
            Assert.Contains("cannot resume a scroll", error.Message);
            Assert.Equal(2, t.Handler.Requests.Count);
        }

        [Fact]
        public async Task Search_cursor_style_reposts_the_query_with_pagination()
        {
            var t = new TestEngine();
            t.Handler.Respond(200, $"{{\"data\":{Tags(1)},\"pages\":{{\"next\":{{\"starting_after\":\"C2\"}}}}}}")
                     .Respond(200, $"{{\"data\":{Tags(2)},\"pages\":{{}}}}");
            var query = new Dictionary<string, object> { ["query"] = new Dictionary<string, object> { ["field"] = "email", ["operator"] = "=", ["value"] = "a@b.c" } };
            var ids = await Drain(t, new PagedRequest(HttpMethod.Post, "contacts/search", PagingStyle.SearchCursor) { Body = query, PageSize = 50 });
            Assert.Equal(new[] { "1", "2" }, ids);
            var second = JObject.Parse(t.Handler.Requests[1].Body);
            Assert.Equal("C2", (string)second["pagination"]["starting_after"]);
            Assert.Equal(50, (int)second["pagination"]["per_page"]);
            Assert.Equal("a@b.c", (string)second["query"]["value"]);
            Assert.Null(JObject.Parse(t.Handler.Requests[0].Body)["pagination"]["starting_after"]);
        }

        [Fact]
        public async Task Next_url_style_gets_the_url_verbatim()
        {
            var t = new TestEngine();
            t.Handler.Respond(200, $"{{\"events\":{Tags(1)},\"pages\":{{\"next\":\"https://api.intercom.io/events?per_page=1&before=123\"}}}}")
                     .Respond(200, $"{{\"events\":{Tags(2)},\"pages\":{{}}}}");
            Assert.Equal(new[] { "1", "2" }, await Drain(t, new PagedRequest(HttpMethod.Get, "events", PagingStyle.NextUrl, "events")));
            Assert.Equal("https://api.intercom.io/events?per_page=1&before=123", t.Handler.Requests[1].Uri.ToString());
        }

        [Fact]
        public async Task Pages_in_response_only_stops_after_one_page_when_no_next_is_given()
        {
            var t = new TestEngine();
            t.Handler.Respond(200, $"{{\"activity_logs\":{Tags(1, 2)},\"pages\":{{\"type\":\"pages\",\"next\":null,\"page\":1}}}}");
            Assert.Equal(new[] { "1", "2" }, await Drain(t, new PagedRequest(HttpMethod.Get, "admins/activity_logs", PagingStyle.PagesResponseOnly, "activity_logs")));
            Assert.Single(t.Handler.Requests);
        }

        [Fact]
        public async Task A_caller_that_stops_reading_stops_the_requests()
        {
            var t = new TestEngine();
            t.Handler.Respond(200, $"{{\"data\":{Tags(1, 2)},\"pages\":{{\"next\":{{\"starting_after\":\"C\"}}}}}}");
            var pager = new Pager<Tag>(t.Engine, new PagedRequest(HttpMethod.Get, "contacts", PagingStyle.Cursor));
            var first = await pager.NextPageAsync(t, CancellationToken.None);
            Assert.Equal(2, first.Count);
            Assert.False(pager.IsFinished);
            Assert.Single(t.Handler.Requests);
        }
    }

    public class ModelTests
    {
        [Fact]
        public void Snake_case_maps_to_pascal_case_and_unix_seconds_to_dates()
        {
            var sub = IntercomJson.ToModel<SubscriptionType>(JObject.Parse(
                "{\"type\":\"subscription\",\"id\":\"1\",\"consent_type\":\"opt_in\",\"content_types\":[\"email\",\"sms_message\"],\"default_translation\":{\"name\":\"News\",\"locale\":\"en\"}}"));
            Assert.Equal("opt_in", sub.ConsentType);
            Assert.Equal(new[] { "email", "sms_message" }, sub.ContentTypes);
            Assert.Equal("News", sub.Name);
            var tag = IntercomJson.ToModel<Tag>(JObject.Parse("{\"type\":\"tag\",\"id\":\"5\",\"name\":\"vip\",\"applied_at\":1663597223,\"applied_by\":{\"type\":\"admin\",\"id\":\"7\"}}"));
            Assert.Equal(System.DateTimeOffset.FromUnixTimeSeconds(1663597223), tag.AppliedAt);
            Assert.Equal("7", tag.AppliedBy.Id);
        }

        [Fact]
        public void Unknown_fields_are_kept_as_plain_values()
        {
            var tag = IntercomJson.ToModel<Tag>(JObject.Parse("{\"type\":\"tag\",\"id\":\"5\",\"name\":\"vip\",\"colour\":\"red\",\"usage\":{\"companies\":3},\"aliases\":[\"a\",\"b\"]}"));
            Assert.Equal("red", tag.AdditionalProperties["colour"]);
            Assert.Equal(3L, ((System.Collections.IDictionary)tag.AdditionalProperties["usage"])["companies"]);
            Assert.Equal(new object[] { "a", "b" }, (ValueList<object>)tag.AdditionalProperties["aliases"]);
        }

        [Fact]
        public void Collections_print_as_flat_text_for_csv_and_tables()
        {
            var sub = IntercomJson.ToModel<SubscriptionType>(JObject.Parse("{\"content_types\":[\"email\",\"sms_message\"]}"));
            Assert.Equal("email; sms_message", sub.ContentTypes.ToString());
            var log = IntercomJson.ToModel<ActivityLog>(JObject.Parse("{\"metadata\":{\"b\":2,\"a\":\"x\",\"n\":{\"k\":[1,2]}}}"));
            Assert.Equal("a=x; b=2; n={k=[1, 2]}", log.Metadata.ToString());
        }

        [Fact]
        public void A_field_of_an_unexpected_shape_is_skipped_not_fatal()
        {
            var admin = IntercomJson.ToModel<Admin>(JObject.Parse("{\"type\":\"admin\",\"id\":\"1\",\"name\":\"Ann\",\"away_mode_enabled\":{\"odd\":true},\"team_ids\":\"not-a-list\"}"));
            Assert.Equal("Ann", admin.Name);
            Assert.Null(admin.AwayModeEnabled);
        }

        [Fact]
        public void Free_form_metadata_becomes_a_hashtable_of_plain_values()
        {
            var log = IntercomJson.ToModel<ActivityLog>(JObject.Parse("{\"id\":\"1\",\"created_at\":\"1700000000\",\"metadata\":{\"sign_in_method\":\"email\",\"nested\":{\"a\":1}}}"));
            Assert.Equal("email", log.Metadata["SIGN_IN_METHOD"]);
            Assert.IsType<PlainObject>(log.Metadata["nested"]);
            Assert.Equal(System.DateTimeOffset.FromUnixTimeSeconds(1700000000), log.CreatedAt);
        }
    }
}
