using System;

namespace IntercomPS
{
    public sealed class Segment : IntercomObject
    {
        public string Id { get; set; }
        public string Name { get; set; }
        public DateTimeOffset? CreatedAt { get; set; }
        public DateTimeOffset? UpdatedAt { get; set; }
        /// <summary>contact (leads) or user.</summary>
        public string PersonType { get; set; }
        public long? Count { get; set; }
        public override string ToString() => Name ?? Id;
    }
}
