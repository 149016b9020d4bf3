using System;

namespace IntercomPS
{
    /// <summary>A segment: a group of contacts (or companies) defined by rules set in Intercom.</summary>
    public sealed class Segment : IntercomObject
    {
        public string Id { get; set; }
        public string Name { get; set; }
        public DateTimeOffset? CreatedAt { get; set; }
        public DateTimeOffset? UpdatedAt { get; set; }
        /// <summary>user, or contact (leads).</summary>
        public string PersonType { get; set; }
        /// <summary>How many are in the segment; only sent when asked for (Get-IntercomSegment -IncludeCount).</summary>
        public long? Count { get; set; }
        public override string ToString() => Name ?? Id;
    }
}
