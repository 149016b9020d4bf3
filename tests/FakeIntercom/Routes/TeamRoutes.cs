using FakeIntercom.Http;
using FakeIntercom.Json;
using FakeIntercom.State;

namespace FakeIntercom.Routes;

/// <summary>GET /teams (team.list under teams[]) and GET /teams/{id} (404 team_not_found).</summary>
public static class TeamRoutes
{
    public static void Map(IEndpointRouteBuilder app, Workspace workspace)
    {
        app.MapGet("/teams", Handler.Of(_ =>
        {
            lock (workspace.Sync)
                return Results.Json(new { type = "team.list", teams = workspace.Current.Teams.All.Select(TicketJson.Team).ToArray() });
        }));

        app.MapGet("/teams/{team_id}", Handler.Of(context =>
        {
            lock (workspace.Sync)
            {
                return workspace.Current.Teams.Find(context.Route("team_id")) is { } team
                    ? Results.Json(TicketJson.Team(team))
                    : ApiErrors.Result(404, "team_not_found", "Team not found");
            }
        }));
    }
}
