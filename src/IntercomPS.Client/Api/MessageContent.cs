using System;
using System.Collections.Generic;

namespace IntercomPS.Client
{
    /// <summary>
    /// What a new conversation, reply or outbound message says: its body (HTML allowed) and, where the operation
    /// takes them, a subject, attachment URLs and the time it was written.
    /// </summary>
    public sealed class MessageContent
    {
        /// <summary>The most attachment URLs one message or reply takes.</summary>
        public const int MaxAttachments = 10;

        public MessageContent(string body) => Body = body;

        public string Body { get; }
        public string Subject { get; set; }
        public IReadOnlyList<string> AttachmentUrls { get; set; }
        /// <summary>When it was written, if not now (sent as created_at).</summary>
        public DateTimeOffset? CreatedAt { get; set; }

        internal Dictionary<string, object> ToBody()
        {
            var body = new Dictionary<string, object> { ["body"] = Body };
            if (Subject != null) body["subject"] = Subject;
            if (AttachmentUrls != null && AttachmentUrls.Count > 0) body["attachment_urls"] = AttachmentUrls;
            if (CreatedAt != null) body["created_at"] = CreatedAt.Value.ToUnixTimeSeconds();
            return body;
        }
    }
}
