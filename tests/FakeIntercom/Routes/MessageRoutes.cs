using System.Text.Json;
using System.Text.RegularExpressions;
using FakeIntercom.Http;
using FakeIntercom.Json;
using FakeIntercom.State;

namespace FakeIntercom.Routes;

/// <summary>POST /messages (an admin's outbound message) and POST /phone_call_redirects (phone switch).</summary>
public static partial class MessageRoutes
{
    public static void Map(IEndpointRouteBuilder app, Workspace workspace)
    {
        app.MapPost("/messages", Handler.Of(context => Create(RequestJson.Parse(context), workspace)));
        app.MapPost("/phone_call_redirects", Handler.Of(context => PhoneSwitch(RequestJson.Parse(context), workspace)));
    }

    /// <summary>
    /// {message_type: in_app | email, body, subject and template (email), from: {type: admin, id}, to: {type: user | lead, id},
    /// create_conversation_without_contact_reply?} → admin_message; the conversation is created at once only when asked.
    /// </summary>
    private static IResult Create(JsonElement body, Workspace workspace)
    {
        var messageType = body.GetText("message_type");
        if (messageType is not ("in_app" or "email"))
            return ApiErrors.ParameterInvalid("message_type must be in_app or email");
        if (body.GetText("body") is not { Length: > 0 } text)
            return ApiErrors.ParameterInvalid("Body is required");
        if (messageType == "email" && body.GetText("subject") is null)
            return ApiErrors.Result(422, "parameter_not_found", "No subject supplied for email message");
        if (messageType == "email" && body.GetText("template") is not ("plain" or "personal"))
            return ApiErrors.Result(422, "parameter_not_found", "No template supplied for email message");
        body.TryGet("from", out var from);
        body.TryGet("to", out var to);
        if (from.GetText("type") != "admin" || !from.TryGet("id", out var fromId) || fromId.ValueKind != JsonValueKind.Number)
            return ApiErrors.ParameterInvalid("from must be {type: admin, id: <integer>}");
        lock (workspace.Sync)
        {
            var state = workspace.Current;
            if (state.Admins.Find(fromId.GetRawText()) is not { } admin)
                return ApiErrors.AdminNotFound();
            if (to.GetText("id") is not { } toId || state.Contacts.FindById(toId) is not { } contact || contact.Role != to.GetText("type"))
                return ApiErrors.UserNotFound();
            var at = ConversationRoutes.TimeOf(body);
            var subject = body.GetText("subject");
            var conversation = body.GetBool("create_conversation_without_contact_reply") == true
                ? state.Conversations.Start(Author.Admin(admin.Id), text, subject, [], at, [contact.Id])
                : null;
            return Results.Json(new
            {
                type = "admin_message",
                id = conversation?.Source.Id ?? state.Conversations.NextMessageId(),
                created_at = at,
                subject = subject ?? "",
                body = text,
                message_type = messageType == "in_app" ? "inapp" : "email",
                conversation_id = conversation?.Id,
                owner = AdminJson.Admin(admin),
            });
        }
    }

    /// <summary>
    /// {phone, custom_attributes?}: "texts" the number. A number that is not E.164, or in the unassigned +999 range, is
    /// 400 {error_key, message} (the shape the description gives, not an error list). Custom attributes go to the
    /// contact with that phone, if any.
    /// </summary>
    private static IResult PhoneSwitch(JsonElement body, Workspace workspace)
    {
        if (body.GetText("phone") is not { } phone || !E164().IsMatch(phone) || phone.StartsWith("+999", StringComparison.Ordinal))
            return Results.Json(new { error_key = "invalid_phone_number", message = "Invalid phone number" }, statusCode: 400);
        lock (workspace.Sync)
        {
            var contacts = workspace.Current.Contacts;
            if (body.TryGet("custom_attributes", out _) && ContactWithPhone(contacts, phone) is { } contact)
            {
                if (ContactChanges.Apply(contact, body, out var changed) is { } invalid)
                    return invalid;
                contacts.Replace(changed with { UpdatedAt = Clock.NowUnix() });
            }
        }
        return Results.Json(new { type = "phone_call_redirect", phone, url = $"http://via.intercom.io/msgr/{Guid.NewGuid()}" });
    }

    private static Contact? ContactWithPhone(ContactCatalog contacts, string phone)
    {
        for (var index = 0; index < contacts.Count; index++)
        {
            if (contacts.IsListed(index) && contacts.At(index).Phone == phone)
                return contacts.At(index);
        }
        return null;
    }

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$")]
    private static partial Regex E164();
}
