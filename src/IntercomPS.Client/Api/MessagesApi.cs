using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Client.Http;

namespace IntercomPS.Client
{
    /// <summary>Outbound messages an admin sends to a contact, in-app or by email.</summary>
    public sealed class MessagesApi : ApiResource
    {
        public MessagesApi(IntercomHttpEngine engine) : base(engine) { }

        /// <summary>
        /// createMessage: POST /messages. An email needs a subject and a template (plain or personal). The conversation
        /// exists once the contact replies, or at once with <paramref name="createConversation"/>.
        /// </summary>
        public Task<Message> CreateAsync(string messageType, long fromAdminId, string toType, string toId, MessageContent content, string template, bool createConversation, IRequestObserver observer, CancellationToken ct)
        {
            var body = content.ToBody();
            body["message_type"] = messageType;
            body["from"] = new Dictionary<string, object> { ["type"] = "admin", ["id"] = fromAdminId };
            body["to"] = new Dictionary<string, object> { ["type"] = toType, ["id"] = toId };
            if (template != null) body["template"] = template;
            if (createConversation) body["create_conversation_without_contact_reply"] = true;
            return SendAsync<Message>(Post("messages", body), observer, ct);
        }
    }
}
