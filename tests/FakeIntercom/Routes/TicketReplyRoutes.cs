using System.Net;
using System.Text.Json;
using FakeIntercom.Http;
using FakeIntercom.Json;
using FakeIntercom.State;

namespace FakeIntercom.Routes;

/// <summary>
/// POST /tickets/{id}/reply: as an admin ({type: admin, admin_id, message_type: comment|note|quick_reply, body |
/// reply_options, cross_post?}) or as a contact ({type: user, message_type: comment, body, intercom_user_id | user_id |
/// email}); contact replies on Back-office tickets are 400 parameter_mismatch. Answers the new ticket part.
/// </summary>
public static class TicketReplyRoutes
{
    private const int MaxAttachments = 10;
    private static readonly string[] Fields =
    [
        "type", "message_type", "body", "admin_id", "created_at", "reply_options", "attachment_urls", "cross_post",
        "intercom_user_id", "user_id", "email",
    ];

    public static void Map(IEndpointRouteBuilder app, Workspace workspace) =>
        app.MapPost("/tickets/{ticket_id}/reply", Handler.Of(context =>
        {
            var body = RequestJson.Parse(context);
            if (TicketTypeRoutes.Unexpected(body, Fields) is { } refused) return refused;
            if (body.GetArray("attachment_urls") is { Length: > MaxAttachments })
                return ApiErrors.ParameterInvalid($"attachment_urls takes at most {MaxAttachments} URLs");
            return TicketRoutes.WithTicket(context, workspace, (ticket, state) => body.GetText("type") switch
            {
                "admin" => AdminReply(ticket, body, state),
                "user" => ContactReply(ticket, body, state),
                _ => ApiErrors.ParameterInvalid("type must be admin or user"),
            });
        }));

    private static IResult AdminReply(Ticket ticket, JsonElement body, WorkspaceState state)
    {
        var messageType = body.GetText("message_type");
        if (messageType is not ("comment" or "note" or "quick_reply")) return ApiErrors.ParameterInvalid("message_type must be comment, note or quick_reply");
        if (body.GetText("admin_id") is not { } adminId || state.Admins.Find(adminId) is not { } admin) return ApiErrors.AdminNotFound();
        if (messageType != "quick_reply" && body.GetText("body") is not { Length: > 0 }) return ApiErrors.ParameterInvalid($"body is required for a {messageType}");
        if (messageType == "quick_reply" && !HasReplyOptions(body)) return ApiErrors.ParameterInvalid("reply_options [{text, uuid}] are required for a quick_reply");
        if (body.GetBool("cross_post") == true && messageType != "note") return ApiErrors.ParameterInvalid("cross_post applies to notes only");
        return Reply(ticket, body, messageType, TicketAuthor.Of(admin), state);
    }

    private static bool HasReplyOptions(JsonElement body) =>
        body.GetArray("reply_options") is { Length: > 0 } options && options.All(o => o.GetText("text") is not null && o.GetText("uuid") is not null);

    private static IResult ContactReply(Ticket ticket, JsonElement body, WorkspaceState state)
    {
        if (body.GetText("message_type") != "comment") return ApiErrors.ParameterInvalid("a contact replies with message_type comment");
        if (body.GetText("body") is not { Length: > 0 }) return ApiErrors.ParameterInvalid("body is required");
        var contact = body.GetText("intercom_user_id") is { } id ? state.Contacts.FindById(id)
            : body.GetText("user_id") is { } userId ? state.Contacts.FindByExternalId(userId)
            : body.GetText("email") is { } email ? state.Contacts.FindUserByEmail(email)
            : null;
        if (contact is null) return ApiErrors.UserNotFound();
        if (ticket.Type.Category == "Back-office")
            return ApiErrors.Result(400, "parameter_mismatch", "User replies are not allowed on Backoffice tickets");
        return Reply(ticket, body, "comment", TicketAuthor.Of(contact), state);
    }

    private static IResult Reply(Ticket ticket, JsonElement body, string partType, TicketAuthor author, WorkspaceState state)
    {
        var text = body.GetText("body");
        var html = text is null || text.TrimStart().StartsWith('<') ? text : $"<p>{WebUtility.HtmlEncode(text)}</p>";
        var createdAt = body.TryGet("created_at", out var at) && at.TryGetInt64(out var seconds) ? seconds : Clock.NowUnix();
        var urls = body.GetArray("attachment_urls")?.Select(u => u.GetString() ?? "").ToArray() ?? [];
        var part = state.Tickets.AddPart(ticket, partType, author, createdAt, p => p with { Body = html, AttachmentUrls = urls });
        return Results.Json(TicketJson.Part(part));
    }
}
