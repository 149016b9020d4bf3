using System.Text.Json;
using FakeIntercom.Http;
using FakeIntercom.State;

namespace FakeIntercom.Routes;

/// <summary>Test-control endpoints under /_fake (no auth, not recorded): request log, reset, faults, state dump.</summary>
public static class ControlRoutes
{
    private static readonly JsonSerializerOptions FaultJson = new() { PropertyNameCaseInsensitive = true };

    public static void Map(IEndpointRouteBuilder app, Workspace workspace, RequestLog log, FaultRules faults)
    {
        var control = app.MapGroup(ApiPipeline.ControlPrefix);

        control.MapGet("/requests", Handler.Of(_ => Results.Json(log.Snapshot())));
        control.MapDelete("/requests", Handler.Of(_ =>
        {
            log.Clear();
            return Results.NoContent();
        }));

        control.MapPost("/reset", Handler.Of(_ =>
        {
            workspace.Reset();
            log.Clear();
            faults.Clear();
            return Results.NoContent();
        }));

        control.MapPost("/faults", Handler.Of(context =>
        {
            if (!TryReadFaults(RequestJson.RawBody(context), out var rules, out var error))
                return ApiErrors.ParameterInvalid(error);
            faults.Add(rules);
            return Results.Json(faults.Snapshot());
        }));
        control.MapGet("/faults", Handler.Of(_ => Results.Json(faults.Snapshot())));
        control.MapDelete("/faults", Handler.Of(_ =>
        {
            faults.Clear();
            return Results.NoContent();
        }));

        control.MapGet("/state", Handler.Of(_ => Results.Json(StateDump(workspace))));
    }

    /// <summary>Accepts an array of rules, or a single rule object for convenience.</summary>
    private static bool TryReadFaults(string? body, out FaultRule[] rules, out string error)
    {
        rules = [];
        error = string.Empty;
        try
        {
            var root = JsonSerializer.Deserialize<JsonElement>(body ?? string.Empty);
            rules = root.ValueKind == JsonValueKind.Array
                ? root.Deserialize<FaultRule[]>(FaultJson) ?? []
                : [root.Deserialize<FaultRule>(FaultJson)!];
        }
        catch (JsonException e)
        {
            error = $"Fault rules must be a JSON array of rule objects: {e.Message}";
            return false;
        }
        if (rules.Any(r => string.IsNullOrEmpty(r.Path) || r.Count < 1))
        {
            error = "Every fault rule needs a path and a count of at least 1";
            return false;
        }
        return true;
    }

    private static object StateDump(Workspace workspace)
    {
        lock (workspace.Sync)
        {
            var state = workspace.Current;
            return new
            {
                tags = state.Tags.All.Select(tag => new
                {
                    id = tag.Id,
                    name = tag.Name,
                    company_ids = state.CompanyTags.TargetsOf(tag.Id).ToArray(),
                    contact_ids = state.ContactTags.TargetsOf(tag.Id).ToArray(),
                    conversation_ids = state.ConversationTags.TargetsOf(tag.Id).ToArray(),
                    ticket_ids = state.TicketTags.TargetsOf(tag.Id).ToArray(),
                }).ToArray(),
                admins = state.Admins.All.Select(a => new { id = a.Id, away_mode_enabled = a.AwayModeEnabled, away_mode_reassign = a.AwayModeReassign }).ToArray(),
                contact_subscriptions = state.Subscriptions.ByContact.ToDictionary(c => c.Key, c => c.Value.ToArray()),
                bulk_tag_requests = state.BulkTagRequests.ToArray(),
            };
        }
    }
}
