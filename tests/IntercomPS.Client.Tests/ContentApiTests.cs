using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace IntercomPS.Client.Tests
{
    /// <summary>The content area's client calls whose requests or answers are not plain: articles, help centers, news.</summary>
    public class ContentApiTests
    {
        private const string Article = "{\"type\":\"article\",\"id\":\"7\",\"title\":\"T\"}";

        [Fact]
        public async Task Translated_content_gets_its_type_markers_and_loses_what_Intercom_only_reports()
        {
            var t = new TestEngine();
            t.Handler.Respond(200, Article);
            var read = new Dictionary<string, object>
            {
                ["type"] = "article_translated_content",
                ["fr"] = new Dictionary<string, object> { ["type"] = "article_content", ["title"] = "Bonjour", ["created_at"] = 1L, ["updated_at"] = 2L, ["url"] = "https://x" },
                ["de"] = null,
            };
            await new ArticlesApi(t.Engine).CreateAsync(new Dictionary<string, object> { ["title"] = "Hello", ["parent_id"] = 145L, ["translated_content"] = read }, t, CancellationToken.None);
            Assert.Equal("{\"title\":\"Hello\",\"parent_id\":145,\"translated_content\":{\"type\":\"article_translated_content\",\"fr\":{\"type\":\"article_content\",\"title\":\"Bonjour\"}}}",
                t.Handler.Requests[0].Body);
            Assert.Equal(5, ((Dictionary<string, object>)read["fr"]).Count);
        }

        [Fact]
        public async Task An_article_update_sends_parent_id_as_a_string_and_a_collection_gets_group_markers()
        {
            var t = new TestEngine();
            t.Handler.Respond(200, Article).Respond(200, "{\"id\":\"9\",\"name\":\"N\"}");
            await new ArticlesApi(t.Engine).UpdateAsync("7", new Dictionary<string, object> { ["parent_id"] = 151L }, t, CancellationToken.None);
            await new HelpCenterApi(t.Engine).UpdateCollectionAsync("9", new Dictionary<string, object>
            {
                ["parent_id"] = null,
                ["translated_content"] = new Dictionary<string, object> { ["fr"] = new Dictionary<string, object> { ["name"] = "Nom" } },
            }, t, CancellationToken.None);
            Assert.Equal(("PUT", "/articles/7", "{\"parent_id\":\"151\"}"), (t.Handler.Requests[0].Method, t.Handler.Requests[0].Uri.AbsolutePath, t.Handler.Requests[0].Body));
            Assert.Equal("{\"parent_id\":null,\"translated_content\":{\"type\":\"group_translated_content\",\"fr\":{\"type\":\"group_content\",\"name\":\"Nom\"}}}", t.Handler.Requests[1].Body);
        }

        [Fact]
        public async Task A_search_reads_data_articles_attaches_each_highlight_and_says_when_Intercom_found_more()
        {
            var t = new TestEngine();
            t.Handler.Respond(200, "{\"type\":\"list\",\"total_count\":12,\"data\":{\"articles\":[{\"id\":\"1\",\"title\":\"A\"},{\"id\":\"2\",\"title\":\"B\"}],"
                                   + "\"highlights\":[{\"article_id\":\"2\",\"highlighted_title\":[{\"type\":\"highlight\",\"text\":\"B\"}],\"highlighted_summary\":[[{\"type\":\"plain\",\"text\":\"b\"}]]}]},"
                                   + "\"pages\":{\"type\":\"pages\",\"page\":1,\"per_page\":10,\"total_pages\":2,\"next\":\"https://api.intercom.io/articles/search?page=2\"}}");
            var result = await new ArticlesApi(t.Engine).SearchAsync(new ArticleSearch { Phrase = "a b", State = "all", HelpCenterId = 3, Highlight = true }, t, CancellationToken.None);
            Assert.Equal("/articles/search?phrase=a%20b&state=all&help_center_id=3&highlight=true", t.Handler.Requests.Single().Uri.PathAndQuery);
            Assert.Equal(new[] { "1", "2" }, result.Articles.Select(a => a.Id));
            Assert.Null(result.Articles[0].Highlight);
            Assert.Equal("*B*", result.Articles[1].Highlight.ToString());
            Assert.Equal("b", result.Articles[1].Highlight.HighlightedSummary[0][0].Text);
            Assert.True(result.IsPartial);
            Assert.Equal(12, result.TotalCount);
        }

        [Fact]
        public async Task Article_statistics_read_conversions_under_either_name()
        {
            var t = new TestEngine();
            t.Handler.Respond(200, "{\"id\":\"7\",\"statistics\":{\"type\":\"article_statistics\",\"views\":3,\"conversations\":2}}")
                     .Respond(200, "{\"id\":\"7\",\"statistics\":{\"type\":\"article_statistics\",\"views\":3,\"conversions\":1}}");
            var api = new ArticlesApi(t.Engine);
            Assert.Equal(2, (await api.GetAsync("7", t, CancellationToken.None)).Statistics.Conversions);
            Assert.Equal(1, (await api.GetAsync("7", t, CancellationToken.None)).Statistics.Conversions);
        }

        [Fact]
        public async Task A_partial_news_item_update_reads_the_item_for_the_title_and_sender_the_API_requires()
        {
            var t = new TestEngine();
            t.Handler.Respond(200, "{\"type\":\"news-item\",\"id\":\"5\",\"title\":\"Old\",\"sender_id\":42,\"labels\":[\"x\"]}")
                     .Respond(200, "{\"type\":\"news-item\",\"id\":\"5\",\"title\":\"Old\",\"sender_id\":42,\"state\":\"live\"}")
                     .Respond(200, "{\"type\":\"news-item\",\"id\":\"5\",\"title\":\"New\",\"sender_id\":43}");
            var api = new NewsApi(t.Engine);
            var updated = await api.UpdateItemAsync("5", new Dictionary<string, object> { ["state"] = "live" }, t, CancellationToken.None);
            await api.UpdateItemAsync("5", new Dictionary<string, object> { ["title"] = "New", ["sender_id"] = 43L }, t, CancellationToken.None);
            Assert.Equal(new[] { "GET /news/news_items/5", "PUT /news/news_items/5", "PUT /news/news_items/5" }, t.Handler.Requests.Select(r => $"{r.Method} {r.Uri.AbsolutePath}"));
            Assert.Equal("{\"state\":\"live\",\"title\":\"Old\",\"sender_id\":42}", t.Handler.Requests[1].Body);
            Assert.Equal("{\"title\":\"New\",\"sender_id\":43}", t.Handler.Requests[2].Body);
            Assert.Equal("live", updated.State);
        }

        [Fact]
        public async Task Help_centers_are_listed_until_a_short_page_since_the_answer_has_no_pages()
        {
            var t = new TestEngine();
            t.Handler.Respond(200, "{\"type\":\"list\",\"data\":[{\"id\":\"1\"},{\"id\":\"2\"}]}").Respond(200, "{\"type\":\"list\",\"data\":[{\"id\":\"3\"}]}");
            var pager = new HelpCenterApi(t.Engine).ListHelpCenters(2);
            var ids = new List<string>();
            for (var page = await pager.NextPageAsync(t, CancellationToken.None); page != null; page = await pager.NextPageAsync(t, CancellationToken.None))
                ids.AddRange(page.Select(h => h.Id));
            Assert.Equal(new[] { "1", "2", "3" }, ids);
            Assert.Equal(new[] { "/help_center/help_centers?page=1&per_page=2", "/help_center/help_centers?page=2&per_page=2" }, t.Handler.Requests.Select(r => r.Uri.PathAndQuery));
        }

        [Fact]
        public void Newsfeed_assignments_carry_the_publish_time_in_unix_seconds()
        {
            var body = IntercomJson.Serialize(NewsApi.Assignments(new[] { 1L, 2L }, System.DateTimeOffset.FromUnixTimeSeconds(1664638214)));
            Assert.Equal("[{\"newsfeed_id\":1,\"published_at\":1664638214},{\"newsfeed_id\":2,\"published_at\":1664638214}]", body);
        }
    }
}
