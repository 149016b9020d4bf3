using System;
using System.Collections;
using IntercomPS.Client;
using Newtonsoft.Json;

namespace IntercomPS
{
    /// <summary>A ticket type: the category and the attributes (fields) its tickets carry.</summary>
    public sealed class TicketType : IntercomObject
    {
        public string Id { get; set; }
        public string Name { get; set; }
        public string Description { get; set; }
        /// <summary>Customer, Back-office or Tracker.</summary>
        public string Category { get; set; }
        /// <summary>An emoji.</summary>
        public string Icon { get; set; }
        public string WorkspaceId { get; set; }
        /// <summary>Whether its tickets are for internal use only.</summary>
        public bool? IsInternal { get; set; }
        public bool? Archived { get; set; }

        /// <summary>
        /// The fields of its tickets. The schema wraps them in {ticket_type_attributes: [...]}, the API's examples in
        /// {data: [...]}: both are read.
        /// </summary>
        [JsonConverter(typeof(EmbeddedListConverter), "ticket_type_attributes")]
        public ValueList<TicketTypeAttribute> TicketTypeAttributes { get; set; }

        public DateTimeOffset? CreatedAt { get; set; }
        public DateTimeOffset? UpdatedAt { get; set; }
        public override string ToString() => Name ?? Id;
    }

    /// <summary>One field of a ticket type. Ticket attributes are set by its Name.</summary>
    public sealed class TicketTypeAttribute : IntercomObject
    {
        public string Id { get; set; }
        /// <summary>The ticket type it belongs to (an integer on the wire).</summary>
        public string TicketTypeId { get; set; }
        public string Name { get; set; }
        public string Description { get; set; }
        /// <summary>string, list, integer, decimal, boolean, datetime or files.</summary>
        public string DataType { get; set; }
        /// <summary>Free-form: multiline for strings, list_options ({id, label, archived}) for lists.</summary>
        public Hashtable InputOptions { get; set; }
        public long? Order { get; set; }
        /// <summary>Required when a teammate creates a ticket.</summary>
        public bool? RequiredToCreate { get; set; }
        /// <summary>Required when a contact creates a ticket in the Messenger.</summary>
        public bool? RequiredToCreateForContacts { get; set; }
        public bool? VisibleOnCreate { get; set; }
        public bool? VisibleToContacts { get; set; }
        /// <summary>Built in (the title and description).</summary>
        public bool? Default { get; set; }
        public bool? Archived { get; set; }
        public string WorkspaceId { get; set; }
        public DateTimeOffset? CreatedAt { get; set; }
        public DateTimeOffset? UpdatedAt { get; set; }
        public override string ToString() => Name ?? Id;
    }
}
