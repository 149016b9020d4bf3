using System;

namespace IntercomPS
{
    /// <summary>A part of a ticket: a note, a reply, or an event such as a state change or an assignment.</summary>
    public sealed class TicketPart : IntercomObject
    {
        public string Id { get; set; }
        /// <summary>comment, note, quick_reply, assignment, snoozed, ticket_state_updated_by_admin...</summary>
        public string PartType { get; set; }
        /// <summary>The message, which may contain HTML.</summary>
        public string Body { get; set; }
        public string PreviousTicketState { get; set; }
        public string TicketState { get; set; }
        /// <summary>Whom an assignment part assigned the ticket to.</summary>
        public Reference AssignedTo { get; set; }
        public TicketPartAuthor Author { get; set; }
        public ValueList<PartAttachment> Attachments { get; set; }
        public string ExternalId { get; set; }
        public bool? Redacted { get; set; }
        public DateTimeOffset? CreatedAt { get; set; }
        public DateTimeOffset? UpdatedAt { get; set; }
        public override string ToString() => $"{PartType} {Id}";
    }

    /// <summary>Who wrote or caused a ticket part: an admin, a bot, a team or a user.</summary>
    public sealed class TicketPartAuthor : IntercomObject
    {
        public string Id { get; set; }
        public string Name { get; set; }
        public string Email { get; set; }
        public override string ToString() => Name ?? Email ?? Id;
    }

    /// <summary>A file attached to a ticket or conversation part.</summary>
    public sealed class PartAttachment : IntercomObject
    {
        public string Name { get; set; }
        public string Url { get; set; }
        public string ContentType { get; set; }
        public long? Filesize { get; set; }
        public long? Width { get; set; }
        public long? Height { get; set; }
        public override string ToString() => Name ?? Url;
    }
}
