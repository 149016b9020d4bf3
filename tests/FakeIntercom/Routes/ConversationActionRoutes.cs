using System.Text.Json;
using System.Text.Json.Nodes;
using FakeIntercom.Http;
using FakeIntercom.Json;
using FakeIntercom.State;

namespace FakeIntercom.Routes;

/// <summary>
/// What admins and contacts do to a conversation: close, open, snooze and assign it (POST /parts), run the
/// assignment rules, reply, add and remove contacts, redact a part or the source, convert it to a ticket.
/// </summary>
public static class ConversationActionRoutes
{
    public static void Map(IEndpointRouteBuilder app, Workspace workspace)
    {
        app.MapPost("/conversations/{conversation_id}/parts", Handler.Of(context => Manage(context, workspace)));
        app.MapPost("/conversations/{conversation_id}/reply", Handler.Of(context => Reply(context, workspace)));

        app.MapPost("/conversations/{conversation_id}/run_assignment_rules", Handler.Of(context =>
            ConversationRoutes.WithConversation(context, workspace, (conversation, state) =>
            {
                state.Conversations.Assign(conversation, Author.Bot, "default_assignment", "team", ConversationBook.SupportTeamId, null, Clock.NowUnix());
                return Answer(conversation, state);
            })));

        app.MapPost("/conversations/{conversation_id}/customers", Handler.Of(context => AttachContact(context, workspace)));
        app.MapDelete("/conversations/{conversation_id}/customers/{contact_id}", Handler.Of(context => DetachContact(context, workspace)));
        app.MapPost("/conversations/redact", Handler.Of(context => Redact(RequestJson.Parse(context), workspace)));
        app.MapPost("/conversations/{conversation_id}/convert", Handler.Of(context => Convert(context, workspace)));
    }

    private static IResult Answer(Conversation conversation, WorkspaceState state) =>
        Results.Json(ConversationJson.Conversation(conversation, state, withParts: true));

    /// <summary>Runs <paramref name="handle"/> with the path's conversation and the body's admin_id, which must name an admin.</summary>
    private static IResult AsAdmin(HttpContext context, Workspace workspace, JsonElement body, Func<Conversation, WorkspaceState, Author, IResult> handle) =>
        ConversationRoutes.WithConversation(context, workspace, (conversation, state) =>
            body.GetText("admin_id") is { } adminId && state.Admins.Find(adminId) is not null
                ? handle(conversation, state, Author.Admin(adminId))
                : ApiErrors.AdminNotFound());

    /// <summary>POST /conversations/{id}/parts: close (type admin, body?), snoozed (snoozed_until in the future), open, assignment.</summary>
    private static IResult Manage(HttpContext context, Workspace workspace)
    {
        var body = RequestJson.Parse(context);
        var now = Clock.NowUnix();
        return AsAdmin(context, workspace, body, (conversation, state, admin) =>
        {
            switch (body.GetText("message_type"))
            {
                case "close" when body.GetText("type") == "admin":
                    state.Conversations.Act(conversation, admin, "close", body.GetText("body"), now);
                    return Answer(conversation, state);
                case "open":
                    state.Conversations.Act(conversation, admin, "open", null, now);
                    return Answer(conversation, state);
                case "snoozed":
                    if (!body.TryGet("snoozed_until", out var until) || until.ValueKind != JsonValueKind.Number || until.GetInt64() <= now)
                        return ApiErrors.ParameterInvalid("snoozed_until must be a time in the future");
                    state.Conversations.Act(conversation, admin, "snoozed", null, now);
                    conversation.SnoozedUntil = until.GetInt64();
                    return Answer(conversation, state);
                case "assignment":
                    return Assign(conversation, state, admin, body, now);
                default:
                    return ApiErrors.ParameterInvalid("message_type must be close (with type admin), snoozed, open or assignment");
            }
        });
    }

    /// <summary>assignment: type admin or team, an existing one; the assignee_id "0" unassigns.</summary>
    private static IResult Assign(Conversation conversation, WorkspaceState state, Author admin, JsonElement body, long now)
    {
        var (type, assignee) = (body.GetText("type"), body.GetText("assignee_id"));
        if (type is not ("admin" or "team") || assignee is null)
            return ApiErrors.ParameterInvalid("an assignment needs a type (admin or team) and an assignee_id");
        if (type == "admin" && assignee != "0" && state.Admins.Find(assignee) is null)
            return ApiErrors.AdminNotFound();
        if (type == "team" && assignee != "0" && state.Teams.Find(assignee) is null)
            return ApiErrors.Result(404, "team_not_found", "Team not found");
        state.Conversations.Assign(conversation, admin, "assignment", type, assignee, body.GetText("body"), now);
        return Answer(conversation, state);
    }

    /// <summary>
    /// POST /conversations/{id}/reply: an admin's comment or note ({type: admin, admin_id}), or a contact's comment
    /// ({type: user, intercom_user_id | user_id | email}). The id "last" is the replying contact's latest conversation.
    /// </summary>
    private static IResult Reply(HttpContext context, Workspace workspace)
    {
        var body = RequestJson.Parse(context);
        if (body.GetText("body") is not { Length: > 0 } text)
            return ApiErrors.ParameterInvalid("body is required");
        var (type, messageType) = (body.GetText("type"), body.GetText("message_type"));
        var at = ConversationRoutes.TimeOf(body);
        var urls = ConversationRoutes.UrlsOf(body);
        if (type == "admin")
        {
            if (messageType is not ("comment" or "note"))
                return ApiErrors.ParameterInvalid("an admin's message_type is comment or note");
            return AsAdmin(context, workspace, body, (conversation, state, admin) =>
            {
                state.Conversations.Reply(conversation, admin, messageType, text, urls, at);
                return Answer(conversation, state);
            });
        }
        if (type != "user" || messageType != "comment")
            return ApiErrors.ParameterInvalid("a reply is from type admin, or from type user with message_type comment");
        lock (workspace.Sync)
        {
            var state = workspace.Current;
            if (ContactOf(body, state.Contacts) is not { } contact)
                return ApiErrors.UserNotFound();
            var id = context.Route("conversation_id");
            if ((id == "last" ? state.Conversations.LastOf(contact.Id) : state.Conversations.Find(id)) is not { } conversation)
                return ApiErrors.NotFound();
            state.Conversations.Reply(conversation, Author.Of(contact), "comment", text, urls, at);
            return Answer(conversation, state);
        }
    }

    /// <summary>The contact a body names by intercom_user_id, user_id (external id) or email (a user's).</summary>
    private static Contact? ContactOf(JsonElement body, ContactCatalog contacts) =>
        body.GetText("intercom_user_id") is { } id ? contacts.FindById(id)
        : body.GetText("user_id") is { } userId ? contacts.FindByExternalId(userId)
        : body.GetText("email") is { } email ? contacts.FindUserByEmail(email)
        : null;

    /// <summary>POST /conversations/{id}/customers {admin_id, customer}: an unknown email becomes a new lead, as Intercom does.</summary>
    private static IResult AttachContact(HttpContext context, Workspace workspace)
    {
        var body = RequestJson.Parse(context);
        body.TryGet("customer", out var customer);
        return AsAdmin(context, workspace, body, (conversation, state, _) =>
        {
            var contact = ContactOf(customer, state.Contacts);
            if (contact is null && customer.GetText("email") is { } email)
            {
                var now = Clock.NowUnix();
                contact = state.Contacts.Create((index, id) =>
                    new Contact(index, id, "lead", null, email, null, null, now, now, null, null, null, null, null, null, null, null, null, null));
            }
            if (contact is null)
                return ApiErrors.UserNotFound();
            if (!conversation.ContactIds.Contains(contact.Id)) conversation.ContactIds.Add(contact.Id);
            conversation.UpdatedAt = Clock.NowUnix();
            return Results.Json(ConversationJson.Customers(conversation, state));
        });
    }

    /// <summary>DELETE /conversations/{id}/customers/{contact_id} {admin_id}: the last contact stays (422).</summary>
    private static IResult DetachContact(HttpContext context, Workspace workspace) =>
        AsAdmin(context, workspace, RequestJson.Parse(context), (conversation, state, _) =>
        {
            var contactId = context.Route("contact_id");
            if (!conversation.ContactIds.Contains(contactId))
                return ApiErrors.UserNotFound();
            if (conversation.ContactIds.Count == 1)
                return ApiErrors.Result(422, "parameter_invalid", "Removing the last customer is not allowed");
            conversation.ContactIds.Remove(contactId);
            conversation.UpdatedAt = Clock.NowUnix();
            return Results.Json(ConversationJson.Customers(conversation, state));
        });

    /// <summary>
    /// POST /conversations/redact {type: conversation_part | source, conversation_id, conversation_part_id | source_id}:
    /// a part needs a body and a source must be a contact's, else 400 conversation_part_not_redactable.
    /// </summary>
    private static IResult Redact(JsonElement body, Workspace workspace)
    {
        var notFound = ApiErrors.Result(404, "conversation_part_or_message_not_found", "Conversation part or message not found");
        lock (workspace.Sync)
        {
            var state = workspace.Current;
            if (body.GetText("conversation_id") is not { } id || state.Conversations.Find(id) is not { } conversation)
                return notFound;
            var message = body.GetText("type") switch
            {
                "conversation_part" => conversation.Parts.Find(p => p.Id == body.GetText("conversation_part_id")),
                "source" => conversation.Source.Id == body.GetText("source_id") ? conversation.Source : null,
                _ => null,
            };
            if (message is null)
                return notFound;
            if (message.Body is null || (message == conversation.Source && !message.Author.IsContact))
                return ApiErrors.Result(400, "conversation_part_not_redactable", "Conversation part or message cannot be redacted");
            message.Redact(Clock.NowUnix());
            return Answer(conversation, state);
        }
    }

    /// <summary>
    /// POST /conversations/{id}/convert {ticket_type_id, attributes?}: a new ticket of a Customer type (400 for
    /// another category), about the conversation's first contact; a conversation converts once.
    /// </summary>
    private static IResult Convert(HttpContext context, Workspace workspace)
    {
        var body = RequestJson.Parse(context);
        if (body.GetText("ticket_type_id") is not { } ticketTypeId)
            return ApiErrors.ParameterInvalid("ticket_type_id is required");
        return ConversationRoutes.WithConversation(context, workspace, (conversation, state) =>
        {
            if (state.TicketTypes.Find(ticketTypeId) is not { } type)
                return ApiErrors.NotFound("Ticket type not found");
            if (type.Category != "Customer")
                return ApiErrors.ParameterInvalid("Ticket type is not a customer ticket type");
            if (conversation.TicketId is not null)
                return ApiErrors.ParameterInvalid("The conversation has already been converted to a ticket");
            var attributes = body.TryGet("attributes", out var given) && given.ValueKind == JsonValueKind.Object
                ? given.EnumerateObject().ToDictionary(a => a.Name, a => JsonNode.Parse(a.Value.GetRawText()))
                : [];
            var contact = state.Contacts.FindById(conversation.ContactIds[0]);
            var ticket = state.Tickets.Create(type, contact, null, attributes, Clock.NowUnix(), TicketAuthor.Of(state.Admins.Me));
            conversation.TicketId = ticket.Id;
            return Results.Json(TicketJson.Ticket(ticket));
        });
    }
}
