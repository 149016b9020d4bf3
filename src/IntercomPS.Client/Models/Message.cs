using System;

namespace IntercomPS
{
    /// <summary>
    /// A message: what starting a conversation (user_message) or sending an outbound message (admin_message)
    /// answers. <see cref="ConversationId"/> is the conversation it started, when there is one yet.
    /// </summary>
    public sealed class Message : IntercomObject
    {
        public string Id { get; set; }
        public DateTimeOffset? CreatedAt { get; set; }
        public string Subject { get; set; }
        public string Body { get; set; }
        /// <summary>inapp, email, facebook or twitter.</summary>
        public string MessageType { get; set; }
        public string ConversationId { get; set; }
        /// <summary>The admin who sent an outbound message.</summary>
        public Admin Owner { get; set; }
        public override string ToString() => $"{Type} {Id}";
    }
}
