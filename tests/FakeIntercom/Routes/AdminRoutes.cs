using FakeIntercom.Http;
using FakeIntercom.Json;
using FakeIntercom.State;

namespace FakeIntercom.Routes;

/// <summary>GET /me, GET /admins, GET /admins/{id}, PUT /admins/{id}/away, GET /admins/activity_logs.</summary>
public static class AdminRoutes
{
    public static void Map(IEndpointRouteBuilder app, Workspace workspace)
    {
        app.MapGet("/me", Handler.Of(_ =>
        {
            lock (workspace.Sync)
                return Results.Json(AdminJson.Me(workspace.Current.Admins.Me));
        }));

        app.MapGet("/admins", Handler.Of(_ =>
        {
            lock (workspace.Sync)
                return Results.Json(new { type = "admin.list", admins = workspace.Current.Admins.All.Select(AdminJson.Admin).ToArray() });
        }));

        app.MapGet("/admins/{admin_id}", Handler.Of(context =>
        {
            lock (workspace.Sync)
            {
                return workspace.Current.Admins.Find(context.Route("admin_id")) is { } admin
                    ? Results.Json(AdminJson.Admin(admin))
                    : ApiErrors.AdminNotFound();
            }
        }));

        app.MapPut("/admins/{admin_id}/away", Handler.Of(context => SetAway(context, workspace)));

        app.MapGet("/admins/activity_logs", Handler.Of(context => ListActivityLogs(context, workspace)));
    }

    private static IResult SetAway(HttpContext context, Workspace workspace)
    {
        var body = RequestJson.Parse(context);
        lock (workspace.Sync)
        {
            var state = workspace.Current;
            if (state.Admins.Find(context.Route("admin_id")) is not { } admin)
                return ApiErrors.AdminNotFound("Admin for admin_id not found");
            if (body.GetBool("away_mode_enabled") is not bool away || body.GetBool("away_mode_reassign") is not bool reassign)
                return ApiErrors.ParameterInvalid("away_mode_enabled and away_mode_reassign are required booleans");

            admin.AwayModeEnabled = away;
            admin.AwayModeReassign = reassign;
            state.ActivityLogs.RecordAwayChange(admin, Clock.NowUnix());
            return Results.Json(AdminJson.Admin(admin));
        }
    }

    private static IResult ListActivityLogs(HttpContext context, Workspace workspace)
    {
        if (!long.TryParse(context.Query("created_at_after"), out var after))
            return ApiErrors.ParameterInvalid("created_at_after is required and must be a UNIX timestamp");
        var beforeText = context.Query("created_at_before");
        var before = Clock.NowUnix();
        if (!string.IsNullOrEmpty(beforeText) && !long.TryParse(beforeText, out before))
            return ApiErrors.ParameterInvalid("created_at_before must be a UNIX timestamp");

        lock (workspace.Sync)
        {
            var state = workspace.Current;
            var logs = state.ActivityLogs.InWindow(after, before, state.Admins.All);
            return Results.Json(new
            {
                type = "activity_log.list",
                pages = new { type = "pages", next = (object?)null, page = 1, per_page = 20, total_pages = 1 },
                activity_logs = logs.Select(AdminJson.ActivityLog).ToArray(),
            });
        }
    }
}
