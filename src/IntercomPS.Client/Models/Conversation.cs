using System;
using System.Collections;
using IntercomPS.Client;
using Newtonsoft.Json;

namespace IntercomPS
{
    /// <summary>
    /// A conversation. Listed and searched conversations carry no <see cref="ConversationParts"/>; getting one by
    /// id does (the 500 most recent).
    /// </summary>
    public sealed class Conversation : IntercomObject
    {
        public string Id { get; set; }
        public string Title { get; set; }
        public DateTimeOffset? CreatedAt { get; set; }
        public DateTimeOffset? UpdatedAt { get; set; }
        /// <summary>When the contact started waiting for an answer; null when an admin replied last.</summary>
        public DateTimeOffset? WaitingSince { get; set; }
        public DateTimeOffset? SnoozedUntil { get; set; }
        public bool? Open { get; set; }
        /// <summary>open, closed or snoozed.</summary>
        public string State { get; set; }
        public bool? Read { get; set; }
        /// <summary>priority or not_priority.</summary>
        public string Priority { get; set; }
        /// <summary>The assigned admin's id; null when no admin is assigned.</summary>
        public string AdminAssigneeId { get; set; }
        /// <summary>The assigned team's id; null when no team is assigned.</summary>
        public string TeamAssigneeId { get; set; }

        [JsonConverter(typeof(EmbeddedListConverter), "tags")]
        public ValueList<Tag> Tags { get; set; }

        /// <summary>The message that started the conversation.</summary>
        public ConversationSource Source { get; set; }

        /// <summary>The contacts in the conversation (more than one in a group conversation).</summary>
        [JsonConverter(typeof(EmbeddedListConverter), "contacts")]
        public ValueList<ContactReference> Contacts { get; set; }

        /// <summary>The admins who wrote at least one part.</summary>
        [JsonConverter(typeof(EmbeddedListConverter), "teammates")]
        public ValueList<Reference> Teammates { get; set; }

        public Hashtable CustomAttributes { get; set; }
        public Hashtable Topics { get; set; }
        public ConversationFirstContactReply FirstContactReply { get; set; }
        public ConversationRating ConversationRating { get; set; }
        public SlaApplied SlaApplied { get; set; }
        public ConversationStatistics Statistics { get; set; }

        [JsonConverter(typeof(EmbeddedListConverter), "conversation_parts")]
        public ValueList<ConversationPart> ConversationParts { get; set; }

        /// <summary>Linked conversations and tickets.</summary>
        [JsonConverter(typeof(EmbeddedListConverter), "data")]
        public ValueList<LinkedObject> LinkedObjects { get; set; }

        /// <summary>The ticket the conversation became, if any.</summary>
        public Reference Ticket { get; set; }

        public bool? AiAgentParticipated { get; set; }
        public AiAgent AiAgent { get; set; }

        public override string ToString() => Title ?? Id;
    }


    /// <summary>The contact's first message: for a conversation the contact started, that message.</summary>
    public sealed class ConversationFirstContactReply : IntercomObject
    {
        public DateTimeOffset? CreatedAt { get; set; }
        public string Url { get; set; }
        public override string ToString() => CreatedAt?.ToString("u") ?? "";
    }

    /// <summary>The rating (1-5) and remark a contact gave the conversation.</summary>
    public sealed class ConversationRating : IntercomObject
    {
        public long? Rating { get; set; }
        public string Remark { get; set; }
        public DateTimeOffset? CreatedAt { get; set; }
        public ContactReference Contact { get; set; }
        public Reference Teammate { get; set; }
        public override string ToString() => Rating?.ToString() ?? "";
    }

    /// <summary>The SLA applied to the conversation: its name and status (hit, missed, cancelled, active).</summary>
    public sealed class SlaApplied : IntercomObject
    {
        public string SlaName { get; set; }
        public string SlaStatus { get; set; }
        public override string ToString() => $"{SlaName}: {SlaStatus}";
    }

    /// <summary>
    /// The contacts in a conversation after one was added or removed. Intercom answers {customers: [...]} although
    /// the description says a conversation: both are read.
    /// </summary>
    public sealed class ConversationContacts : IntercomObject
    {
        /// <summary>The conversation's id.</summary>
        public string Id { get; set; }

        [JsonConverter(typeof(EmbeddedListConverter), "contacts")]
        public ValueList<ContactReference> Contacts { get; set; }

        [JsonProperty("customers")]
        private ValueList<ContactReference> Customers { set => Contacts = value; }

        public override string ToString() => Contacts == null ? Id : $"{Id}: {Contacts}";
    }
}
