using System;
using Newtonsoft.Json;

namespace IntercomPS
{
    /// <summary>A message data export job: its status, and where and until when its file can be downloaded.</summary>
    public sealed class DataExport : IntercomObject
    {
        public string JobIdentifier { get; set; }
        /// <summary>pending, in_progress, completed, failed, no_data or canceled.</summary>
        public string Status { get; set; }
        public string DownloadUrl { get; set; }
        public DateTimeOffset? DownloadExpiresAt { get; set; }

        /// <summary>The job identifier, under the name every other Intercom object uses for its id.</summary>
        [JsonIgnore]
        public string Id => JobIdentifier;

        /// <summary>True while Intercom is still working on the job.</summary>
        [JsonIgnore]
        public bool IsRunning => Status == "pending" || Status == "in_progress";

        public override string ToString() => $"{JobIdentifier} ({Status})";
    }
}
