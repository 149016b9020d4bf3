using System;

namespace IntercomPS
{
    /// <summary>One message or action in a conversation: a comment, a note, an assignment, a close...</summary>
    public sealed class ConversationPart : IntercomObject
    {
        public string Id { get; set; }
        /// <summary>comment, note, assignment, open, close, snoozed...</summary>
        public string PartType { get; set; }
        /// <summary>HTML, or plain text with -DisplayAs plaintext; null for actions without text.</summary>
        public string Body { get; set; }
        public DateTimeOffset? CreatedAt { get; set; }
        public DateTimeOffset? UpdatedAt { get; set; }
        public DateTimeOffset? NotifiedAt { get; set; }
        /// <summary>Whom the part assigned the conversation to, when it changed the assignment.</summary>
        public Reference AssignedTo { get; set; }
        public ConversationPartAuthor Author { get; set; }
        public ValueList<PartAttachment> Attachments { get; set; }
        public string ExternalId { get; set; }
        public bool? Redacted { get; set; }
        public override string ToString() => $"{PartType} {Id}";
    }

    /// <summary>The message that started a conversation.</summary>
    public sealed class ConversationSource : IntercomObject
    {
        public string Id { get; set; }
        /// <summary>customer_initiated, admin_initiated, operator_initiated, automated or campaigns_initiated.</summary>
        public string DeliveredAs { get; set; }
        public string Subject { get; set; }
        public string Body { get; set; }
        public ConversationPartAuthor Author { get; set; }
        public ValueList<PartAttachment> Attachments { get; set; }
        /// <summary>The page the conversation was started on.</summary>
        public string Url { get; set; }
        public bool? Redacted { get; set; }
        public override string ToString() => string.IsNullOrEmpty(Subject) ? Body : Subject;
    }

    /// <summary>Who wrote a part: an admin, a bot, a team, a user or a lead.</summary>
    public sealed class ConversationPartAuthor : IntercomObject
    {
        public string Id { get; set; }
        public string Name { get; set; }
        public string Email { get; set; }
        public override string ToString() => Name ?? Email ?? $"{Type} {Id}";
    }
}
