using System;
using System.Collections;

namespace IntercomPS
{
    /// <summary>Something a contact did, as sent with Send-IntercomDataEvent and listed by Get-IntercomDataEvent.</summary>
    public sealed class DataEvent : IntercomObject
    {
        public string EventName { get; set; }
        public DateTimeOffset? CreatedAt { get; set; }
        /// <summary>The contact's Intercom id (when sending an event).</summary>
        public string Id { get; set; }
        /// <summary>Your id of the user (the contact's external_id).</summary>
        public string UserId { get; set; }
        public string IntercomUserId { get; set; }
        public string Email { get; set; }
        /// <summary>Up to 10 keys; values are strings, numbers, links, or {url, value} and {amount, currency} objects.</summary>
        public Hashtable Metadata { get; set; }
        public override string ToString() => EventName;
    }

    /// <summary>How often one contact did one event, and when first and last; the contact is named by its three ids.</summary>
    public sealed class DataEventSummary : IntercomObject
    {
        public string Name { get; set; }
        public long? Count { get; set; }
        public DateTimeOffset? First { get; set; }
        public DateTimeOffset? Last { get; set; }
        public string Description { get; set; }
        public string IntercomUserId { get; set; }
        public string UserId { get; set; }
        public string Email { get; set; }
        public override string ToString() => Name;
    }
}
