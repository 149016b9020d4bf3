using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Client.Http;
using IntercomPS.Client.Paging;

namespace IntercomPS.Client
{
    /// <summary>
    /// Conversations. POST /conversations/{id}/parts (manageConversation) is four operations in one body, told
    /// apart by message_type: close, snoozed, open and assignment; each has its own method here.
    /// </summary>
    public sealed class ConversationsApi : ApiResource
    {
        /// <summary>The largest per_page GET /conversations and POST /conversations/search accept.</summary>
        public const int MaxPageSize = 150;

        public ConversationsApi(IntercomHttpEngine engine) : base(engine) { }

        /// <summary>listConversations: GET /conversations, cursor paged (starting_after). Items carry no parts.</summary>
        public Pager<Conversation> List(int? pageSize) =>
            Page<Conversation>(new PagedRequest(HttpMethod.Get, "conversations", PagingStyle.Cursor, "conversations") { PageSize = pageSize });

        /// <summary>searchConversations: POST /conversations/search {query}; each next page re-posts it with pagination.starting_after.</summary>
        public Pager<Conversation> Search(object query, int? pageSize) =>
            Page<Conversation>(new PagedRequest(HttpMethod.Post, "conversations/search", PagingStyle.SearchCursor, "conversations")
            {
                Body = new Dictionary<string, object> { ["query"] = query },
                PageSize = pageSize,
            });

        /// <summary>retrieveConversation: GET /conversations/{id}, with its parts; display_as=plaintext strips their HTML.</summary>
        public Task<Conversation> GetAsync(string id, string displayAs, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<Conversation>(Get(PathOf("conversations/{0}", id)).WithQuery("display_as", displayAs), observer, ct);

        /// <summary>createConversation: POST /conversations, a conversation a contact (user, lead or contact) starts.</summary>
        public Task<Message> CreateAsync(string fromType, string fromId, MessageContent content, IRequestObserver observer, CancellationToken ct)
        {
            var body = content.ToBody();
            body["from"] = new Dictionary<string, object> { ["type"] = fromType, ["id"] = fromId };
            return SendAsync<Message>(Post("conversations", body), observer, ct);
        }

        /// <summary>updateConversation: PUT /conversations/{id} with only the fields to change (read, title, custom_attributes).</summary>
        public Task<Conversation> UpdateAsync(string id, IDictionary<string, object> fields, string displayAs, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<Conversation>(Put(PathOf("conversations/{0}", id), fields).WithQuery("display_as", displayAs), observer, ct);

        /// <summary>manageConversation (close_conversation_request), with an optional closing message.</summary>
        public Task<Conversation> CloseAsync(string id, string adminId, string message, IRequestObserver observer, CancellationToken ct)
        {
            var body = Action("close", adminId);
            body["type"] = "admin";
            if (message != null) body["body"] = message;
            return ManageAsync(id, body, observer, ct);
        }

        /// <summary>manageConversation (open_conversation_request): reopens a closed conversation or wakes a snoozed one.</summary>
        public Task<Conversation> OpenAsync(string id, string adminId, IRequestObserver observer, CancellationToken ct) =>
            ManageAsync(id, Action("open", adminId), observer, ct);

        /// <summary>manageConversation (snooze_conversation_request): snoozed until the given time, then open again.</summary>
        public Task<Conversation> SnoozeAsync(string id, string adminId, DateTimeOffset until, IRequestObserver observer, CancellationToken ct)
        {
            var body = Action("snoozed", adminId);
            body["snoozed_until"] = until.ToUnixTimeSeconds();
            return ManageAsync(id, body, observer, ct);
        }

        /// <summary>manageConversation (assign_conversation_request): to an admin or a team; the assignee "0" unassigns.</summary>
        public Task<Conversation> AssignAsync(string id, string adminId, AssigneeType assigneeType, string assigneeId, string message, IRequestObserver observer, CancellationToken ct)
        {
            var body = Action("assignment", adminId);
            body["type"] = assigneeType == AssigneeType.Team ? "team" : "admin";
            body["assignee_id"] = assigneeId;
            if (message != null) body["body"] = message;
            return ManageAsync(id, body, observer, ct);
        }

        /// <summary>
        /// autoAssignConversation: POST /conversations/{id}/run_assignment_rules (no body). Deprecated from API 2.12,
        /// removed on 31 December 2026, and not usable with Workflows.
        /// </summary>
        public Task<Conversation> RunAssignmentRulesAsync(string id, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<Conversation>(Post(PathOf("conversations/{0}/run_assignment_rules", id), null), observer, ct);

        /// <summary>replyConversation as an admin (admin_reply_conversation_request): a comment the contact sees, or a note only admins see.</summary>
        public Task<Conversation> ReplyAsAdminAsync(string id, string adminId, bool note, MessageContent content, IRequestObserver observer, CancellationToken ct)
        {
            var body = content.ToBody();
            body["message_type"] = note ? "note" : "comment";
            body["type"] = "admin";
            body["admin_id"] = adminId;
            return ReplyAsync(id, body, observer, ct);
        }

        /// <summary>replyConversation on behalf of a contact (contact_reply_conversation_request): always a comment.</summary>
        public Task<Conversation> ReplyAsContactAsync(string id, ContactKey contact, MessageContent content, IRequestObserver observer, CancellationToken ct)
        {
            var body = content.ToBody();
            body["message_type"] = "comment";
            body["type"] = "user";
            body[contact.Field] = contact.Value;
            return ReplyAsync(id, body, observer, ct);
        }

        /// <summary>
        /// attachContactToConversation: POST /conversations/{id}/customers. Typed as a conversation, but Intercom's
        /// examples answer {customers: [...]}: both are read, as the conversation's contacts afterwards.
        /// </summary>
        public Task<ConversationContacts> AttachContactAsync(string id, string adminId, ContactKey contact, IRequestObserver observer, CancellationToken ct)
        {
            var body = new Dictionary<string, object> { ["admin_id"] = adminId, ["customer"] = contact.ToBody() };
            return ContactsOfAsync(id, Post(PathOf("conversations/{0}/customers", id), body), observer, ct);
        }

        /// <summary>detachContactFromConversation: DELETE /conversations/{id}/customers/{contact_id} with a JSON body; answered like attaching.</summary>
        public Task<ConversationContacts> DetachContactAsync(string id, string contactId, string adminId, IRequestObserver observer, CancellationToken ct) =>
            ContactsOfAsync(id, Delete(PathOf("conversations/{0}/customers/{1}", id, contactId), new Dictionary<string, object> { ["admin_id"] = adminId }), observer, ct);

        /// <summary>redactConversation (conversation part): the part must have a body.</summary>
        public Task<Conversation> RedactPartAsync(string conversationId, string partId, IRequestObserver observer, CancellationToken ct) =>
            RedactAsync(new Dictionary<string, object> { ["type"] = "conversation_part", ["conversation_id"] = conversationId, ["conversation_part_id"] = partId }, observer, ct);

        /// <summary>redactConversation (source): the source message must have been written by a contact.</summary>
        public Task<Conversation> RedactSourceAsync(string conversationId, string sourceId, IRequestObserver observer, CancellationToken ct) =>
            RedactAsync(new Dictionary<string, object> { ["type"] = "source", ["conversation_id"] = conversationId, ["source_id"] = sourceId }, observer, ct);

        /// <summary>convertConversationToTicket: POST /conversations/{id}/convert {ticket_type_id, attributes}.</summary>
        public Task<Ticket> ConvertToTicketAsync(string id, string ticketTypeId, IDictionary<string, object> attributes, IRequestObserver observer, CancellationToken ct)
        {
            var body = new Dictionary<string, object> { ["ticket_type_id"] = ticketTypeId };
            if (attributes != null) body["attributes"] = attributes;
            return SendAsync<Ticket>(Post(PathOf("conversations/{0}/convert", id), body), observer, ct);
        }

        private static Dictionary<string, object> Action(string messageType, string adminId) =>
            new Dictionary<string, object> { ["message_type"] = messageType, ["admin_id"] = adminId };

        private Task<Conversation> ManageAsync(string id, Dictionary<string, object> body, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<Conversation>(Post(PathOf("conversations/{0}/parts", id), body), observer, ct);

        private Task<Conversation> ReplyAsync(string id, Dictionary<string, object> body, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<Conversation>(Post(PathOf("conversations/{0}/reply", id), body), observer, ct);

        private Task<Conversation> RedactAsync(Dictionary<string, object> body, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<Conversation>(Post("conversations/redact", body), observer, ct);

        private async Task<ConversationContacts> ContactsOfAsync(string id, ApiRequest request, IRequestObserver observer, CancellationToken ct)
        {
            var contacts = await SendAsync<ConversationContacts>(request, observer, ct).ConfigureAwait(false);
            contacts.Id = contacts.Id ?? id;
            return contacts;
        }
    }

    /// <summary>Whom a conversation is assigned to.</summary>
    public enum AssigneeType
    {
        Admin,
        Team,
    }

    /// <summary>
    /// A contact named by one of its ids, as replies and attaching take it: Intercom's id (intercom_user_id), your
    /// user id (user_id, the contact's external_id) or its email.
    /// </summary>
    public sealed class ContactKey
    {
        private ContactKey(string field, string value)
        {
            Field = field;
            Value = value;
        }

        /// <summary>intercom_user_id, user_id or email.</summary>
        public string Field { get; }
        public string Value { get; }

        public static ContactKey ByIntercomId(string id) => new ContactKey("intercom_user_id", id);
        public static ContactKey ByUserId(string userId) => new ContactKey("user_id", userId);
        public static ContactKey ByEmail(string email) => new ContactKey("email", email);

        /// <summary>The one id given (a cmdlet's parameter sets let only one be): Intercom's id, else the user id, else the email.</summary>
        public static ContactKey Of(string contactId, string userId, string email) =>
            contactId != null ? ByIntercomId(contactId) : userId != null ? ByUserId(userId) : ByEmail(email);

        internal Dictionary<string, object> ToBody() => new Dictionary<string, object> { [Field] = Value };

        public override string ToString() => $"{Field} {Value}";
    }
}
