using FakeIntercom.Http;
using FakeIntercom.Json;
using FakeIntercom.State;

namespace FakeIntercom.Routes;

/// <summary>
/// Tagging conversations (the seeded ones and any started since) and tickets (see TicketDesk): POST /{kind}/{id}/tags {id, admin_id}
/// and DELETE /{kind}/{id}/tags/{tag_id} with body {admin_id}. Both need an existing admin_id.
/// </summary>
public static class ThreadTagRoutes
{
    private sealed record ThreadKind(
        string Segment, Func<WorkspaceState, string, bool> Exists, Func<WorkspaceState, TagAssignments> Assignments, Func<IResult> NotFound);

    public static void Map(IEndpointRouteBuilder app, Workspace workspace)
    {
        Map(app, workspace, new ThreadKind("conversations", (s, id) => s.Conversations.Find(id) is not null, s => s.ConversationTags,
            () => ApiErrors.NotFound("Conversation not found")));
        Map(app, workspace, new ThreadKind("tickets", (s, id) => s.Tickets.Find(id) is not null, s => s.TicketTags,
            () => ApiErrors.Result(404, "ticket_not_found", "Ticket not found")));
    }

    private static void Map(IEndpointRouteBuilder app, Workspace workspace, ThreadKind kind)
    {
        app.MapPost($"/{kind.Segment}/{{thread_id}}/tags", Handler.Of(context =>
        {
            var body = RequestJson.Parse(context);
            var tagId = body.GetText("id");
            var adminId = body.GetText("admin_id");
            if (tagId is null || adminId is null)
                return ApiErrors.ParameterInvalid("id and admin_id are required");
            return Change(workspace, kind, context.Route("thread_id"), tagId, adminId, attach: true);
        }));

        app.MapDelete($"/{kind.Segment}/{{thread_id}}/tags/{{tag_id}}", Handler.Of(context =>
        {
            var adminId = RequestJson.Parse(context).GetText("admin_id");
            if (adminId is null)
                return ApiErrors.ParameterInvalid("admin_id is required");
            return Change(workspace, kind, context.Route("thread_id"), context.Route("tag_id"), adminId, attach: false);
        }));
    }

    private static IResult Change(Workspace workspace, ThreadKind kind, string threadId, string tagId, string adminId, bool attach)
    {
        lock (workspace.Sync)
        {
            var state = workspace.Current;
            if (!kind.Exists(state, threadId))
                return kind.NotFound();
            if (state.Admins.Find(adminId) is null)
                return ApiErrors.AdminNotFound();
            if (state.Tags.Find(tagId) is not { } tag)
                return ApiErrors.TagNotFound();

            var assignments = kind.Assignments(state);
            var application = assignments.TagsOf(threadId).GetValueOrDefault(tagId)
                ?? new TagApplication(Clock.NowUnix(), adminId);
            if (attach)
                assignments.Apply(threadId, tagId, application);
            else
                assignments.Remove(threadId, tagId);
            return Results.Json(TagJson.Applied(tag, application));
        }
    }
}
