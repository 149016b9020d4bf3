using FakeIntercom.Http;
using FakeIntercom.Json;
using FakeIntercom.State;

namespace FakeIntercom.Routes;

/// <summary>GET /_fake/data (test control, like /_fake/state): data events and summaries, custom data attributes, export jobs, visitors.</summary>
public static class DataStateRoutes
{
    public static void Map(IEndpointRouteBuilder app, Workspace workspace) =>
        app.MapGet(ApiPipeline.ControlPrefix + "/data", Handler.Of(_ => Results.Json(StateDump(workspace))));

    private static object StateDump(Workspace workspace)
    {
        lock (workspace.Sync)
        {
            var state = workspace.Current;
            return new
            {
                data_events = state.DataEvents.All.Select(e => new { contact_id = e.ContactId, event_name = e.Name, created_at = e.CreatedAt, metadata = e.Metadata }).ToArray(),
                duplicate_events = state.DataEvents.Duplicates,
                event_summaries = state.DataEvents.Summaries.Select(s => new { contact_id = s.ContactId, event_name = s.Name, count = s.Count, first = s.First, last = s.Last }).ToArray(),
                data_attributes = state.DataAttributes.All.Where(a => a.Custom).Select(DataJson.Attribute).ToArray(),
                data_exports = state.DataExports.All.Select(j => new { job_identifier = j.JobIdentifier, status = j.Status }).ToArray(),
                visitors = state.Visitors.All.Select(VisitorJson.Visitor).ToArray(),
                visitor_conversions = state.Visitors.Conversions.Select(c => new { visitor_id = c.VisitorId, contact_id = c.ContactId, role = c.Role, merged = c.Merged }).ToArray(),
            };
        }
    }
}
