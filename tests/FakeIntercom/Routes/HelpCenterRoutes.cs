using System.Text.Json;
using FakeIntercom.Http;
using FakeIntercom.Json;
using FakeIntercom.State;

namespace FakeIntercom.Routes;

/// <summary>GET /help_center/help_centers[/{id}], and the collections: GET (list, one), POST, PUT, DELETE.</summary>
public static class HelpCenterRoutes
{
    public static void Map(IEndpointRouteBuilder app, Workspace workspace)
    {
        app.MapGet("/help_center/help_centers", Handler.Of(context =>
        {
            lock (workspace.Sync)
                return ContentPages.Numbered(context, workspace.Current.HelpCenter.HelpCenters.Select(ContentJson.HelpCenter).ToList(), withPages: false);
        }));

        app.MapGet("/help_center/help_centers/{help_center_id}", Handler.Of(context =>
        {
            lock (workspace.Sync)
                return workspace.Current.HelpCenter.HelpCenters.Find(h => h.Id == context.Route("help_center_id")) is { } helpCenter
                    ? Results.Json(ContentJson.HelpCenter(helpCenter))
                    : ApiErrors.NotFound("Help Center not found");
        }));

        app.MapGet("/help_center/collections", Handler.Of(context =>
        {
            lock (workspace.Sync)
                return ContentPages.Numbered(context, workspace.Current.HelpCenter.Collections.OrderByDescending(c => c.UpdatedAt).ThenByDescending(c => int.Parse(c.Id)).Select(ContentJson.Collection).ToList());
        }));

        app.MapGet("/help_center/collections/{collection_id}", Handler.Of(context =>
            WithCollection(context, workspace, (collection, _) => Results.Json(ContentJson.Collection(collection)))));

        app.MapPost("/help_center/collections", Handler.Of(context => Create(RequestJson.Parse(context), workspace)));

        app.MapPut("/help_center/collections/{collection_id}", Handler.Of(context =>
        {
            var body = RequestJson.Parse(context);
            return WithCollection(context, workspace, (collection, library) => Update(collection, body, library));
        }));

        app.MapDelete("/help_center/collections/{collection_id}", Handler.Of(context =>
            WithCollection(context, workspace, (collection, library) =>
            {
                library.DeleteCollection(collection);
                return Results.Json(ContentJson.Deleted(collection.Id, "collection"));
            })));
    }

    private static IResult WithCollection(HttpContext context, Workspace workspace, Func<CollectionRecord, HelpCenterLibrary, IResult> handle)
    {
        lock (workspace.Sync)
        {
            var library = workspace.Current.HelpCenter;
            return library.FindCollection(context.Route("collection_id")) is { } collection
                ? handle(collection, library)
                : ApiErrors.Result(404, "collection_not_found", "Collection not found");
        }
    }

    private static IResult Create(JsonElement body, Workspace workspace)
    {
        if (body.GetText("name") is not { Length: > 0 } name)
            return ApiErrors.Result(400, "parameter_not_found", "Name is a required parameter.");
        if (body.TryGet("help_center_id", out var helpCenter) && helpCenter.ValueKind is not (JsonValueKind.Number or JsonValueKind.Null))
            return ApiErrors.ParameterInvalid("help_center_id must be an integer");
        lock (workspace.Sync)
        {
            var library = workspace.Current.HelpCenter;
            long? helpCenterId = helpCenter.ValueKind == JsonValueKind.Number ? helpCenter.GetInt64() : null;
            if (helpCenterId is { } id && library.HelpCenters.All(h => h.Id != id.ToString()))
                return ApiErrors.Result(404, "help_center_not_found", "Help Center not found");
            if (Problem(body, library, null) is { } problem)
                return ApiErrors.ParameterInvalid(problem);
            var collection = library.AddCollection(name, body.GetText("parent_id"), helpCenterId, Clock.NowUnix());
            return Update(collection, body, library);
        }
    }

    private static IResult Update(CollectionRecord collection, JsonElement body, HelpCenterLibrary library)
    {
        if (Problem(body, library, collection) is { } problem)
            return ApiErrors.ParameterInvalid(problem);
        if (body.GetText("name") is { Length: > 0 } name) collection.Name = name;
        if (body.TryGet("description", out var description)) collection.Description = description.ValueKind == JsonValueKind.String ? description.GetString() : null;
        if (body.TryGet("parent_id", out var parent)) collection.ParentId = parent.ValueKind == JsonValueKind.String ? parent.GetString() : null;
        if (body.TryGet("translated_content", out var translated)) collection.Translations.Merge(translated);
        collection.UpdatedAt = Clock.NowUnix();
        return Results.Json(ContentJson.Collection(collection));
    }

    /// <summary>parent_id is a string naming another collection (or null), translated_content carries its type markers.</summary>
    private static string? Problem(JsonElement body, HelpCenterLibrary library, CollectionRecord? collection)
    {
        if (body.TryGet("parent_id", out var parent) && parent.ValueKind != JsonValueKind.Null)
        {
            if (parent.ValueKind != JsonValueKind.String)
                return "parent_id must be a string";
            if (library.FindCollection(parent.GetString()) is not { } found || found == collection)
                return $"parent_id {parent.GetString()} is not a collection";
        }
        return body.TryGet("translated_content", out var translated) ? Translations.Problem(translated, "group") : null;
    }
}
