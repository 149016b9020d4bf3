using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace IntercomPS.Client.Tests
{
    /// <summary>The data area's client calls whose requests or answers are not plain: events, summaries, visitors, exports.</summary>
    public class DataApiTests
    {
        [Fact]
        public async Task Events_are_listed_with_the_filter_flattened_and_paged_by_following_the_next_URL()
        {
            var t = new TestEngine();
            t.Handler.Respond(200, "{\"type\":\"event.list\",\"events\":[{\"event_name\":\"a\",\"created_at\":1700000002}],"
                                   + "\"pages\":{\"next\":\"https://api.intercom.io/events?type=user&intercom_user_id=c1&per_page=1&before=X\"}}")
                     .Respond(200, "{\"type\":\"event.list\",\"events\":[{\"event_name\":\"b\",\"created_at\":1700000001}],\"pages\":{}}");
            var pager = new DataEventsApi(t.Engine).List(EventUser.ByIntercomId("c1"), 1);
            var names = new List<string>();
            for (var page = await pager.NextPageAsync(t, CancellationToken.None); page != null; page = await pager.NextPageAsync(t, CancellationToken.None))
                names.AddRange(page.Select(e => e.EventName));
            Assert.Equal(new[] { "a", "b" }, names);
            Assert.Equal("/events?type=user&intercom_user_id=c1&per_page=1", t.Handler.Requests[0].Uri.PathAndQuery);
            Assert.Equal("/events?type=user&intercom_user_id=c1&per_page=1&before=X", t.Handler.Requests[1].Uri.PathAndQuery);
        }

        [Fact]
        public async Task A_summary_stamps_each_event_with_the_contact_and_reads_ISO_dates()
        {
            var t = new TestEngine();
            t.Handler.Respond(200, "{\"type\":\"event.summary\",\"email\":\"a@b.c\",\"intercom_user_id\":\"c1\",\"user_id\":\"u1\",\"events\":["
                                   + "{\"name\":\"placed-order\",\"first\":\"2014-01-16T23:12:21.000+00:00\",\"last\":\"2014-01-16T23:12:21.000+00:00 \",\"count\":2}]}");
            var summary = (await new DataEventsApi(t.Engine).SummarizeAsync(EventUser.ByEmail("a@b.c"), t, CancellationToken.None)).Single();
            Assert.Equal("/events?type=user&email=a%40b.c&summary=true", t.Handler.Requests[0].Uri.PathAndQuery);
            Assert.Equal(("placed-order", 2L, "c1", "u1", "a@b.c"), (summary.Name, summary.Count.Value, summary.IntercomUserId, summary.UserId, summary.Email));
            Assert.Equal(DateTimeOffset.Parse("2014-01-16T23:12:21Z"), summary.First);
            Assert.Equal(summary.First, summary.Last);
        }

        [Fact]
        public async Task An_event_names_its_contact_by_id_user_id_or_email_and_sends_unix_seconds()
        {
            var t = new TestEngine();
            t.Handler.Respond(202).Respond(202);
            var api = new DataEventsApi(t.Engine);
            var at = DateTimeOffset.FromUnixTimeSeconds(1671028894);
            await api.SubmitAsync("invited-friend", at, EventUser.FirstOf(" ", "u1", "a@b.c"), null, t, CancellationToken.None);
            await api.SubmitAsync("invited-friend", at, EventUser.FirstOf("c1", null, null), new Dictionary<string, object> { ["code"] = "X" }, t, CancellationToken.None);
            Assert.Equal("{\"event_name\":\"invited-friend\",\"created_at\":1671028894,\"user_id\":\"u1\"}", t.Handler.Requests[0].Body);
            Assert.Equal("{\"event_name\":\"invited-friend\",\"created_at\":1671028894,\"id\":\"c1\",\"metadata\":{\"code\":\"X\"}}", t.Handler.Requests[1].Body);
            Assert.Null(EventUser.FirstOf("", null, " "));
        }

        [Fact]
        public async Task An_event_summary_is_one_object_not_a_list()
        {
            var t = new TestEngine();
            t.Handler.Respond(200);
            await new DataEventsApi(t.Engine).SubmitSummaryAsync("u1", "ordered", 3, DateTimeOffset.FromUnixTimeSeconds(1), null, t, CancellationToken.None);
            Assert.Equal("{\"user_id\":\"u1\",\"event_summaries\":{\"event_name\":\"ordered\",\"count\":3,\"first\":1}}", t.Handler.Requests[0].Body);
        }

        [Theory]
        [InlineData("flat", null)]
        [InlineData("link", null)]
        [InlineData("nested", "'deep'")]
        [InlineData("list", "'tags'")]
        public void Metadata_may_hold_flat_values_and_one_level_objects(string shape, string complaint)
        {
            var metadata = new Dictionary<string, object>
            {
                ["flat"] = new Dictionary<string, object> { ["text"] = "a", ["number"] = 3.5, ["none"] = null },
                ["link"] = new Dictionary<string, object> { ["article"] = new Dictionary<string, object> { ["url"] = "https://x", ["value"] = "X" } },
                ["nested"] = new Dictionary<string, object> { ["deep"] = new Dictionary<string, object> { ["a"] = new Dictionary<string, object>() } },
                ["list"] = new Dictionary<string, object> { ["tags"] = new List<object> { "a" } },
            }[shape];
            var problem = DataEventsApi.MetadataProblem((IDictionary<string, object>)metadata);
            if (complaint == null) Assert.Null(problem);
            else Assert.Contains(complaint, problem);
        }

        [Fact]
        public async Task A_visitor_reads_last_request_at_under_either_spelling()
        {
            var t = new TestEngine();
            t.Handler.Respond(200, "{\"type\":\"visitor\",\"id\":\"v1\",\"las_request_at\":1663597260}")
                     .Respond(200, "{\"type\":\"visitor\",\"id\":\"v1\",\"last_request_at\":1663597261,\"custom_attributes\":{\"Plan\":\"pro\"}}");
            var api = new VisitorsApi(t.Engine);
            var misspelled = await api.GetAsync("u 1", t, CancellationToken.None);
            var spelled = await api.GetAsync("u1", t, CancellationToken.None);
            Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1663597260), misspelled.LastRequestAt);
            Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1663597261), spelled.LastRequestAt);
            Assert.Equal("pro", spelled.CustomAttributes["plan"]);
            Assert.Equal("/visitors?user_id=u%201", t.Handler.Requests[0].Uri.PathAndQuery);
            Assert.Empty(misspelled.AdditionalProperties);
        }

        [Fact]
        public async Task An_export_job_reads_the_empty_strings_of_a_pending_job_and_cancels_under_its_own_prefix()
        {
            var t = new TestEngine();
            t.Handler.Respond(200, "{\"job_identifier\":\"j1\",\"status\":\"pending\",\"download_url\":\"\",\"download_expires_at\":\"\"}")
                     .Respond(200, "{\"job_identifier\":\"j1\",\"status\":\"completed\",\"download_url\":\"https://x\",\"download_expires_at\":\"1674917488\"}");
            var api = new DataExportApi(t.Engine);
            var pending = await api.CancelAsync("j1", t, CancellationToken.None);
            var completed = await api.GetAsync("j1", t, CancellationToken.None);
            Assert.True(pending.IsRunning);
            Assert.Null(pending.DownloadExpiresAt);
            Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1674917488), completed.DownloadExpiresAt);
            Assert.Equal(("POST", "/export/cancel/j1", null), (t.Handler.Requests[0].Method, t.Handler.Requests[0].Uri.PathAndQuery, t.Handler.Requests[0].Body));
            Assert.Equal("/export/content/data/j1", t.Handler.Requests[1].Uri.PathAndQuery);
        }

        [Fact]
        public void Data_attribute_options_go_as_value_objects()
        {
            var body = IntercomJson.Serialize(DataAttributesApi.OptionsBody(new[] { "1-10", "11-20" }));
            Assert.Equal("[{\"value\":\"1-10\"},{\"value\":\"11-20\"}]", body);
        }
    }

    public class DataExportFileTests : IDisposable
    {
        private const string Csv = "user_id,name\nu1,Zoë Ó Sé\n";
        private readonly string _folder = Directory.CreateTempSubdirectory("intercomps-export-").FullName;

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        [Theory]
        [InlineData(true, false)]
        [InlineData(true, true)]
        [InlineData(false, false)]
        [InlineData(false, true)]
        public void The_file_asked_for_is_written_whether_or_not_the_download_was_still_gzipped(bool downloadedGzipped, bool expand)
        {
            var downloaded = Path.Combine(_folder, "job.download");
            File.WriteAllBytes(downloaded, downloadedGzipped ? Gzip(Csv) : Encoding.UTF8.GetBytes(Csv));
            var target = Path.Combine(_folder, expand ? "job.csv" : "job.csv.gz");
            File.WriteAllText(target, "an older file, overwritten");

            DataExportFile.Finish(downloaded, target, expand);

            Assert.False(File.Exists(downloaded));
            var bytes = File.ReadAllBytes(target);
            Assert.Equal(Csv, expand ? Encoding.UTF8.GetString(bytes) : Gunzip(bytes));
        }

        private static byte[] Gzip(string text)
        {
            using var buffer = new MemoryStream();
            using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
                gzip.Write(Encoding.UTF8.GetBytes(text));
            return buffer.ToArray();
        }

        private static string Gunzip(byte[] bytes)
        {
            using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var reader = new StreamReader(gzip, Encoding.UTF8);
            return reader.ReadToEnd();
        }
    }
}
