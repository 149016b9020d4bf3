using System;
using System.Collections;
using IntercomPS.Client;
using Newtonsoft.Json;

namespace IntercomPS
{
    /// <summary>
    /// A ticket. <see cref="Id"/> is the Intercom id every API call takes; <see cref="TicketId"/> is the number the
    /// Inbox and the Messenger show, which the API never accepts ("Do not use ticket_id for API queries").
    /// </summary>
    public sealed class Ticket : IntercomObject
    {
        /// <summary>Where the title of every ticket type is kept in <see cref="TicketAttributes"/>.</summary>
        public const string TitleAttribute = "_default_title_";
        /// <summary>Where the description of every ticket type is kept in <see cref="TicketAttributes"/>.</summary>
        public const string DescriptionAttribute = "_default_description_";

        public string Id { get; set; }
        /// <summary>The inbox number; not an API id.</summary>
        public string TicketId { get; set; }
        /// <summary>Customer, Back-office or Tracker.</summary>
        public string Category { get; set; }
        /// <summary>The values of the ticket type's attributes, by attribute name.</summary>
        public Hashtable TicketAttributes { get; set; }
        /// <summary>submitted, in_progress, waiting_on_customer or resolved.</summary>
        public string TicketState { get; set; }
        public string TicketStateInternalLabel { get; set; }
        public string TicketStateExternalLabel { get; set; }
        public TicketType TicketType { get; set; }

        /// <summary>The contacts the ticket is about (the API wraps them in {type: contact.list, contacts: [...]}).</summary>
        [JsonConverter(typeof(EmbeddedListConverter), "contacts")]
        public ValueList<ContactReference> Contacts { get; set; }

        /// <summary>The admin assigned; "0" when none.</summary>
        public string AdminAssigneeId { get; set; }
        /// <summary>The team assigned; "0" when none.</summary>
        public string TeamAssigneeId { get; set; }
        public bool? Open { get; set; }
        /// <summary>Whether the customer sees the ticket.</summary>
        public bool? IsShared { get; set; }
        public DateTimeOffset? SnoozedUntil { get; set; }
        public DateTimeOffset? CreatedAt { get; set; }
        public DateTimeOffset? UpdatedAt { get; set; }

        /// <summary>Linked conversations and tickets (up to 1000).</summary>
        [JsonConverter(typeof(EmbeddedListConverter), "data")]
        public ValueList<LinkedObject> LinkedObjects { get; set; }

        /// <summary>The notes, replies and events of the ticket (up to 500).</summary>
        [JsonConverter(typeof(EmbeddedListConverter), "ticket_parts")]
        public ValueList<TicketPart> TicketParts { get; set; }

        /// <summary>The ticket's title (its _default_title_ attribute).</summary>
        [JsonIgnore]
        public string Title => TicketAttributes?[TitleAttribute] as string;

        public override string ToString() => Title ?? Id;
    }

    /// <summary>A contact a ticket or conversation is about: its Intercom id and your external id.</summary>
    public sealed class ContactReference : IntercomObject
    {
        public string Id { get; set; }
        public string ExternalId { get; set; }
        public override string ToString() => Id;
    }

    /// <summary>A conversation or ticket linked to another one.</summary>
    public sealed class LinkedObject : IntercomObject
    {
        public string Id { get; set; }
        /// <summary>The category of a linked ticket: Customer, Back-office or Tracker.</summary>
        public string Category { get; set; }
        public override string ToString() => $"{Type} {Id}";
    }
}
