using System.Text.Json;
using FakeIntercom.Http;
using FakeIntercom.Json;
using FakeIntercom.State;

namespace FakeIntercom.Routes;

/// <summary>GET /visitors?user_id=, PUT /visitors, POST /visitors/convert.</summary>
public static class VisitorRoutes
{
    public static void Map(IEndpointRouteBuilder app, Workspace workspace)
    {
        app.MapGet("/visitors", Handler.Of(context =>
        {
            if (context.Query("user_id") is not { } userId)
                return ApiErrors.ParameterInvalid("user_id is required");
            lock (workspace.Sync)
                return workspace.Current.Visitors.Find(null, userId, null) is { } visitor ? Results.Json(VisitorJson.Visitor(visitor)) : VisitorNotFound();
        }));

        app.MapPut("/visitors", Handler.Of(context => Update(RequestJson.Parse(context), workspace)));
        app.MapPost("/visitors/convert", Handler.Of(context => Convert(RequestJson.Parse(context), workspace)));
    }

    private static IResult VisitorNotFound() => ApiErrors.NotFound("Visitor Not Found");

    private static IResult Update(JsonElement body, Workspace workspace)
    {
        var (id, userId) = (body.GetText("id"), body.GetText("user_id"));
        if (id is null && userId is null)
            return ApiErrors.ParameterInvalid("id or user_id is required");
        lock (workspace.Sync)
        {
            if (workspace.Current.Visitors.Find(id, userId, null) is not { } visitor)
                return VisitorNotFound();
            if (body.TryGet("name", out var name))
                visitor.Name = name.ValueKind == JsonValueKind.String ? name.GetString() : null;
            if (body.TryGet("custom_attributes", out var attributes) && attributes.ValueKind == JsonValueKind.Object)
            {
                foreach (var attribute in attributes.EnumerateObject())
                {
                    if (attribute.Value.ValueKind == JsonValueKind.Null) visitor.CustomAttributes.Remove(attribute.Name);
                    else visitor.CustomAttributes[attribute.Name] = attribute.Value.Clone();
                }
            }
            visitor.UpdatedAt = Clock.NowUnix();
            return Results.Json(VisitorJson.Visitor(visitor));
        }
    }

    /// <summary>
    /// Merges the visitor into the user named by user.id / user.user_id / user.email when that contact exists (the
    /// visitor is deleted), else converts it into a new contact with the user's identifiers.
    /// </summary>
    private static IResult Convert(JsonElement body, Workspace workspace)
    {
        var role = body.GetText("type");
        if (role is not ("user" or "lead"))
            return ApiErrors.ParameterInvalid("type must be user or lead");
        if (!body.TryGet("visitor", out var visitorKey) || !body.TryGet("user", out var userKey))
            return ApiErrors.ParameterInvalid("visitor and user are required");
        lock (workspace.Sync)
        {
            var state = workspace.Current;
            if (state.Visitors.Find(visitorKey.GetText("id"), visitorKey.GetText("user_id"), visitorKey.GetText("email")) is not { } visitor)
                return VisitorNotFound();
            var (userId, externalId, email) = (userKey.GetText("id"), userKey.GetText("user_id"), userKey.GetText("email"));
            var existing = state.Contacts.FindByAny(userId, externalId, email);
            if (existing is null && userId is not null)
                return ApiErrors.UserNotFound();
            state.Visitors.Remove(visitor);
            state.Visitors.Conversions.Add(new VisitorConversion(visitor.Id, existing?.Id ?? visitor.Id, role, existing is not null));
            return Results.Json(existing is null ? VisitorJson.Converted(visitor, role, externalId, email) : ContactJson.Contact(existing, state));
        }
    }
}
