using FakeIntercom.Http;
using FakeIntercom.Json;
using FakeIntercom.State;

namespace FakeIntercom.Routes;

/// <summary>GET /segments[?include_count=true] and GET /segments/{id}.</summary>
public static class SegmentRoutes
{
    public static void Map(IEndpointRouteBuilder app, Workspace workspace)
    {
        app.MapGet("/segments", Handler.Of(context =>
        {
            var includeCount = string.Equals(context.Query("include_count"), "true", StringComparison.OrdinalIgnoreCase);
            lock (workspace.Sync)
            {
                var state = workspace.Current;
                var segments = Segments.All.Select(s => SegmentJson.Segment(s, includeCount ? Segments.CountOf(s, state) : null));
                return Results.Json(new { type = "segment.list", segments = segments.ToArray() });
            }
        }));

        app.MapGet("/segments/{segment_id}", Handler.Of(context =>
            Segments.Find(context.Route("segment_id")) is { } segment ? Results.Json(SegmentJson.Segment(segment)) : ApiErrors.NotFound()));
    }
}
