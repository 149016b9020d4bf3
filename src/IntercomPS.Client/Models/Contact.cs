using System;
using System.Collections;

namespace IntercomPS
{
    /// <summary>A user or lead. (The Contacts area owns this model; these are the fields a converted visitor needs.)</summary>
    public sealed class Contact : IntercomObject
    {
        public string Id { get; set; }
        public string WorkspaceId { get; set; }
        /// <summary>Your id of the user (user_id in older API versions).</summary>
        public string ExternalId { get; set; }
        /// <summary>user or lead.</summary>
        public string Role { get; set; }
        public string Email { get; set; }
        public string Phone { get; set; }
        public string Name { get; set; }
        public DateTimeOffset? CreatedAt { get; set; }
        public DateTimeOffset? UpdatedAt { get; set; }
        public DateTimeOffset? SignedUpAt { get; set; }
        public DateTimeOffset? LastSeenAt { get; set; }
        public Hashtable CustomAttributes { get; set; }
        public override string ToString() => Name ?? Email ?? Id;
    }
}
