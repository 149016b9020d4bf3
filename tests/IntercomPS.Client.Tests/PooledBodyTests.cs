using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Client.Http;
using IntercomPS.Client.Paging;
using Newtonsoft.Json.Linq;
using Xunit;

namespace IntercomPS.Client.Tests
{
    /// <summary>Page answers are read from pooled bytes, never as one large string.</summary>
    public class PooledBodyTests
    {
        /// <summary>A body of unknown length (chunked), so the buffer must grow as it is read.</summary>
        private sealed class OneWayStream : MemoryStream
        {
            public OneWayStream(byte[] bytes) : base(bytes) { }
            public override bool CanSeek => false;
            public override long Length => throw new NotSupportedException();
        }

        [Fact]
        public async Task A_body_of_unknown_length_larger_than_the_first_buffer_is_read_whole()
        {
            var text = "{\"data\":[" + string.Join(",", Enumerable.Range(0, 3000).Select(i => $"\"é-{i}-{new string('x', 40)}\"")) + "]}";
            var content = new StreamContent(new OneWayStream(Encoding.UTF8.GetBytes(text)));
            Assert.Null(content.Headers.ContentLength);
            using (var body = await PooledBody.ReadAsync(content, CancellationToken.None))
            using (var reader = body.OpenText())
            {
                Assert.True(body.Length > 64 * 1024);
                Assert.Equal(text, reader.ReadToEnd());
                Assert.StartsWith("{\"data\":[\"é-0-", body.Prefix(20));
            }
        }

        [Fact]
        public async Task A_body_read_after_it_went_back_to_the_pool_fails_loudly()
        {
            var body = await PooledBody.ReadAsync(new StringContent("{}"), CancellationToken.None);
            body.Dispose();
            Assert.Throws<ObjectDisposedException>(() => body.OpenText());
            body.Dispose();   // twice is harmless
        }

        [Fact]
        public async Task Large_pages_stream_through_the_pager_and_a_malformed_one_says_so_with_an_excerpt()
        {
            var t = new TestEngine(o => o.MaximumRetryCount = 0);
            var tags = new JArray(Enumerable.Range(1, 2000).Select(i => new JObject { ["type"] = "tag", ["id"] = i.ToString(), ["name"] = "tag-" + new string('n', 100) + i }));
            t.Handler.Respond(200, $"{{\"data\":{tags},\"pages\":{{\"next\":{{\"starting_after\":\"C2\"}}}}}}")
                     .Respond(200, "{\"data\":[{\"type\":\"tag\",\"id\":\"x\"");
            var pager = new Pager<Tag>(t.Engine, new PagedRequest(HttpMethod.Get, "tags", PagingStyle.Cursor));
            var first = await pager.NextPageAsync(t, CancellationToken.None);
            Assert.Equal(Enumerable.Range(1, 2000).Select(i => i.ToString()), first.Select(tag => tag.Id));
            var error = await Assert.ThrowsAsync<IntercomResponseFormatException>(() => pager.NextPageAsync(t, CancellationToken.None));
            Assert.Contains("{\"data\":[{\"type\":\"tag\",\"id\":\"x\"", error.Message);
        }

        [Fact]
        public async Task A_blank_page_answer_ends_the_list()
        {
            var t = new TestEngine();
            t.Handler.Respond(200, "  \n");
            var pager = new Pager<Tag>(t.Engine, new PagedRequest(HttpMethod.Get, "tags", PagingStyle.Cursor));
            Assert.Empty(await pager.NextPageAsync(t, CancellationToken.None));
            Assert.True(pager.IsFinished);
        }
    }
}
