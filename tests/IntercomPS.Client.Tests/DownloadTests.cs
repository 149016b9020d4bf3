using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Client.Http;
using Xunit;

namespace IntercomPS.Client.Tests
{
    public class DownloadTests
    {
        private static HttpResponseMessage Binary(byte[] bytes)
        {
            var response = new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new ByteArrayContent(bytes) };
            response.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
            return response;
        }

        [Fact]
        public async Task A_download_copies_the_bytes_exactly_and_reports_progress()
        {
            var t = new TestEngine();
            var bytes = Enumerable.Range(0, 200_000).Select(i => (byte)(i * 7)).ToArray();
            t.Handler.Respond((r, ct) => Task.FromResult(Binary(bytes)));
            using var destination = new MemoryStream();
            long reported = 0;
            await t.Engine.DownloadAsync(new ApiRequest(HttpMethod.Get, "download/content/data/job1") { Accept = "application/octet-stream" },
                destination, t, CancellationToken.None, new Progress<long>(n => Interlocked.Exchange(ref reported, n)));
            Assert.Equal(bytes, destination.ToArray());
            Assert.Equal("application/octet-stream", t.Handler.Requests.Single().Headers["Accept"]);
        }

        [Fact]
        public async Task A_retried_download_starts_the_destination_over()
        {
            var t = new TestEngine();
            var bytes = new byte[] { 1, 2, 3, 4 };
            t.Handler.Respond(503, "{\"type\":\"error.list\",\"errors\":[{\"code\":\"service_unavailable\",\"message\":\"x\"}]}")
                     .Respond((r, ct) => Task.FromResult(Binary(bytes)));
            using var destination = new MemoryStream();
            destination.Write(new byte[] { 9, 9, 9, 9, 9, 9 });
            await t.Engine.DownloadAsync(new ApiRequest(HttpMethod.Get, "download/content/data/job1"), destination, t, CancellationToken.None);
            Assert.Equal(bytes, destination.ToArray());
        }

        [Fact]
        public async Task A_refused_download_is_an_intercom_error_and_writes_nothing()
        {
            var t = new TestEngine();
            t.Handler.Respond(404, "{\"type\":\"error.list\",\"request_id\":\"r1\",\"errors\":[{\"code\":\"not_found\",\"message\":\"Job not found\"}]}");
            using var destination = new MemoryStream();
            var error = await Assert.ThrowsAsync<IntercomApiException>(() => t.Engine.DownloadAsync(new ApiRequest(HttpMethod.Get, "download/content/data/nope"), destination, t, CancellationToken.None));
            Assert.Equal("not_found", error.ErrorCode);
            Assert.Equal(0, destination.Length);
        }
    }
}
