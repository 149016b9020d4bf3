using System.Text.Json;
using FakeIntercom.Http;
using FakeIntercom.Json;
using FakeIntercom.State;

namespace FakeIntercom.Routes;

/// <summary>POST /events (202, no body), GET /events (list or summary; pages.next is a full URL), POST /events/summaries.</summary>
public static class DataEventRoutes
{
    private const int DefaultPerPage = 15;
    private const string CursorKind = "events";

    public static void Map(IEndpointRouteBuilder app, Workspace workspace)
    {
        app.MapPost("/events", Handler.Of(context => Submit(RequestJson.Parse(context), workspace)));
        app.MapGet("/events", Handler.Of(context => List(context, workspace)));
        app.MapPost("/events/summaries", Handler.Of(context => SubmitSummary(RequestJson.Parse(context), workspace)));
    }

    private static IResult Submit(JsonElement body, Workspace workspace)
    {
        var name = body.GetText("event_name");
        if (string.IsNullOrWhiteSpace(name) || !long.TryParse(body.GetText("created_at"), out var createdAt))
            return ApiErrors.ParameterInvalid("event_name and created_at are required");
        var metadata = body.TryGet("metadata", out var value) && value.ValueKind == JsonValueKind.Object
            ? JsonSerializer.Deserialize<Dictionary<string, object?>>(value.GetRawText())
            : null;
        lock (workspace.Sync)
        {
            var state = workspace.Current;
            if (state.Contacts.FindByAny(body.GetText("id"), body.GetText("user_id"), body.GetText("email")) is not { } contact)
                return ApiErrors.UserNotFound();
            state.DataEvents.Add(contact.Id, name, createdAt, metadata);
            return Results.StatusCode(StatusCodes.Status202Accepted);
        }
    }

    /// <summary>
    /// type=user and one of intercom_user_id, user_id, email (the flattened `filter`). Pages hold per_page events
    /// (default 15); pages.next is the absolute URL of the next page, with an opaque `before` cursor.
    /// </summary>
    private static IResult List(HttpContext context, Workspace workspace)
    {
        if (context.Query("type") != "user")
            return ApiErrors.ParameterInvalid("type must be user");
        var (intercomUserId, userId, email) = (context.Query("intercom_user_id"), context.Query("user_id"), context.Query("email"));
        if (intercomUserId is null && userId is null && email is null)
            return ApiErrors.ParameterInvalid("one of intercom_user_id, user_id or email is required");
        if (!context.TryQueryInt("per_page", DefaultPerPage, out var perPage))
            return ApiErrors.ParameterInvalid("per_page must be a positive integer");
        var offset = 0;
        if (context.Query("before") is { } before && !Cursor.TryDecode(CursorKind, before, out offset))
            return ApiErrors.ParameterInvalid("before is not a valid cursor");

        lock (workspace.Sync)
        {
            var state = workspace.Current;
            if (state.Contacts.FindByAny(intercomUserId, userId, email) is not { } contact)
                return ApiErrors.UserNotFound();
            var events = state.DataEvents.Of(contact.Id);
            if (context.Query("summary") == "true")
                return Results.Json(DataJson.Summary(contact, events, state.DataEvents.Summaries.Where(s => s.ContactId == contact.Id)));

            var page = events.Skip(offset).Take(perPage).Select(e => DataJson.Event(e, contact)).ToArray();
            var self = $"{context.Request.Scheme}://{context.Request.Host}/events?type=user&intercom_user_id={contact.Id}&per_page={perPage}";
            var next = offset + perPage < events.Count ? $"{self}&before={Cursor.Encode(CursorKind, offset + perPage)}" : null;
            return Results.Json(new { type = "event.list", events = page, pages = new { next, since = $"{self}&since={Clock.NowUnix()}" } });
        }
    }

    /// <summary>{user_id, event_summaries: {event_name, count, first, last}}: one summary object, as the schema has it.</summary>
    private static IResult SubmitSummary(JsonElement body, Workspace workspace)
    {
        if (body.GetText("user_id") is not { } userId)
            return ApiErrors.ParameterInvalid("user_id is required");
        if (!body.TryGet("event_summaries", out var summary) || summary.ValueKind != JsonValueKind.Object || summary.GetText("event_name") is not { } name)
            return ApiErrors.ParameterInvalid("event_summaries must be an object with an event_name");
        lock (workspace.Sync)
        {
            var state = workspace.Current;
            if (state.Contacts.FindByExternalId(userId) is not { } contact)
                return ApiErrors.UserNotFound();
            long? Unix(string field) => long.TryParse(summary.GetText(field), out var seconds) ? seconds : null;
            state.DataEvents.Summaries.Add(new DataEventSummaryRecord(contact.Id, name, Unix("count") ?? 1, Unix("first"), Unix("last")));
            return Results.Ok();
        }
    }
}
