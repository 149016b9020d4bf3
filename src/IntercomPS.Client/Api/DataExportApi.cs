using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Client.Http;

namespace IntercomPS.Client
{
    /// <summary>
    /// Message data export jobs, whose four operations live under three prefixes: /export/content/data (create,
    /// status), /export/cancel and /download/content/data. A workspace may have one active job at a time.
    /// </summary>
    public sealed class DataExportApi : ApiResource
    {
        public DataExportApi(IntercomHttpEngine engine) : base(engine) { }

        /// <summary>createDataExport: POST /export/content/data. A second active job is refused with 429.</summary>
        public Task<DataExport> StartAsync(DateTimeOffset createdAfter, DateTimeOffset createdBefore, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<DataExport>(Post("export/content/data", new Dictionary<string, object>
            {
                ["created_at_after"] = createdAfter.ToUnixTimeSeconds(),
                ["created_at_before"] = createdBefore.ToUnixTimeSeconds(),
            }), observer, ct);

        /// <summary>getDataExport: GET /export/content/data/{job_identifier}.</summary>
        public Task<DataExport> GetAsync(string jobIdentifier, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<DataExport>(Get(PathOf("export/content/data/{0}", jobIdentifier)), observer, ct);

        /// <summary>cancelDataExport: POST /export/cancel/{job_identifier}, with no body.</summary>
        public Task<DataExport> CancelAsync(string jobIdentifier, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<DataExport>(Post(PathOf("export/cancel/{0}", jobIdentifier), null), observer, ct);

        /// <summary>
        /// downloadDataExport: GET /download/content/data/{job_identifier} with Accept: application/octet-stream. The
        /// answer, undeclared in the spec, is the gzipped CSV: binary, so it is copied into destination as bytes.
        /// </summary>
        public Task DownloadAsync(string jobIdentifier, Stream destination, IRequestObserver observer, CancellationToken ct) =>
            Engine.DownloadAsync(new ApiRequest(HttpMethod.Get, PathOf("download/content/data/{0}", jobIdentifier)) { Accept = "application/octet-stream" },
                destination, observer, ct);
    }
}
