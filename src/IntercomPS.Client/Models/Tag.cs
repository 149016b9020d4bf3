using System;

namespace IntercomPS
{
    public sealed class Tag : IntercomObject
    {
        public string Id { get; set; }
        public string Name { get; set; }
        /// <summary>When the tag was applied; only present on tagging answers.</summary>
        public DateTimeOffset? AppliedAt { get; set; }
        public Reference AppliedBy { get; set; }
        public override string ToString() => Name;
    }
}
