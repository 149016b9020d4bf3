using System;
using System.Collections;

namespace IntercomPS
{
    public sealed class Company : IntercomObject
    {
        public string Id { get; set; }
        /// <summary>Your own (external) id of the company, not Intercom's.</summary>
        public string CompanyId { get; set; }
        public string Name { get; set; }
        public Hashtable Plan { get; set; }
        public DateTimeOffset? CreatedAt { get; set; }
        public DateTimeOffset? UpdatedAt { get; set; }
        public DateTimeOffset? RemoteCreatedAt { get; set; }
        public DateTimeOffset? LastRequestAt { get; set; }
        public long? Size { get; set; }
        public string Website { get; set; }
        public string Industry { get; set; }
        public double? MonthlySpend { get; set; }
        public long? SessionCount { get; set; }
        public long? UserCount { get; set; }
        public Hashtable CustomAttributes { get; set; }
        public object Tags { get; set; }
        public object Segments { get; set; }
        public string AppId { get; set; }
        public override string ToString() => Name ?? CompanyId ?? Id;
    }
}
