using System;
using System.Collections;

namespace IntercomPS
{
    /// <summary>A contact: a user or a lead.</summary>
    public sealed class Contact : IntercomObject
    {
        public string Id { get; set; }
        /// <summary>user or lead.</summary>
        public string Role { get; set; }
        public string ExternalId { get; set; }
        public string Email { get; set; }
        public string Phone { get; set; }
        public string Name { get; set; }
        public string OwnerId { get; set; }
        public DateTimeOffset? CreatedAt { get; set; }
        public DateTimeOffset? UpdatedAt { get; set; }
        public DateTimeOffset? SignedUpAt { get; set; }
        public DateTimeOffset? LastSeenAt { get; set; }
        public Hashtable CustomAttributes { get; set; }
        public string WorkspaceId { get; set; }
        public override string ToString() => Name ?? Email ?? Id;
    }
}
