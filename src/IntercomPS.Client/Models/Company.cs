using System;
using System.Collections;
using IntercomPS.Client;
using Newtonsoft.Json;

namespace IntercomPS
{
    /// <summary>
    /// A company. <see cref="Id"/> is Intercom's id (the {company_id} of URL paths); <see cref="CompanyId"/> is
    /// the external id you gave it (the company_id of bodies and of GET /companies?company_id=).
    /// </summary>
    public sealed class Company : IntercomObject
    {
        public string Id { get; set; }
        public string CompanyId { get; set; }
        public string Name { get; set; }
        public string AppId { get; set; }
        /// <summary>{type, id, name}; empty when the company has no plan.</summary>
        public Hashtable Plan { get; set; }
        public DateTimeOffset? CreatedAt { get; set; }
        public DateTimeOffset? UpdatedAt { get; set; }
        /// <summary>When you say the company was created (remote_created_at).</summary>
        public DateTimeOffset? RemoteCreatedAt { get; set; }
        public DateTimeOffset? LastRequestAt { get; set; }
        public long? Size { get; set; }
        public string Website { get; set; }
        public string Industry { get; set; }
        public double? MonthlySpend { get; set; }
        public long? SessionCount { get; set; }
        public long? UserCount { get; set; }
        public Hashtable CustomAttributes { get; set; }

        /// <summary>The tags on the company (the API wraps them in {type: tag.list, tags: [...]}).</summary>
        [JsonConverter(typeof(EmbeddedListConverter), "tags")]
        public Tag[] Tags { get; set; }

        /// <summary>The segments the company is in (the API wraps them in {type: segment.list, segments: [...]}).</summary>
        [JsonConverter(typeof(EmbeddedListConverter), "segments")]
        public Segment[] Segments { get; set; }

        public override string ToString() => Name ?? Id;
    }
}
