using System;
using System.Collections;

namespace IntercomPS
{
    public sealed class ActivityLog : IntercomObject
    {
        public string Id { get; set; }
        public ActivityLogActor PerformedBy { get; set; }
        public string ActivityType { get; set; }
        public string ActivityDescription { get; set; }
        public DateTimeOffset? CreatedAt { get; set; }
        /// <summary>Free-form details that depend on the activity type.</summary>
        public Hashtable Metadata { get; set; }
        public override string ToString() => ActivityDescription ?? ActivityType;
    }

    public sealed class ActivityLogActor : IntercomObject
    {
        public string Id { get; set; }
        public string Email { get; set; }
        public string Ip { get; set; }
        public override string ToString() => Email ?? Id;
    }
}
