using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Client.Http;

namespace IntercomPS.Client
{
    /// <summary>
    /// Stands in for IntercomHttpEngine.DownloadAsync, the engine's streaming entry point, which the engine does not
    /// have yet: it reads every answer as text, which would corrupt the gzip bytes of an export. Once the engine has
    /// an instance method with this signature, C# calls it instead of this extension: delete this file then.
    /// </summary>
    internal static class EngineDownloadStandIn
    {
        public static Task DownloadAsync(this IntercomHttpEngine engine, ApiRequest request, Stream destination, IRequestObserver observer, CancellationToken ct) =>
            Task.FromException(new NotSupportedException(
                $"Downloading {request.Path} needs a streaming download that this build of IntercomPS does not have yet (the HTTP engine reads answers as text, "
                + "which would corrupt the gzipped file). Nothing was saved. The job's DownloadUrl (Get-IntercomDataExport) can be fetched with any HTTP "
                + "client that sends your token and 'Accept: application/octet-stream'."));
    }
}
