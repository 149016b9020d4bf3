using System.Text.Json;
using FakeIntercom.Http;
using FakeIntercom.Json;
using FakeIntercom.State;

namespace FakeIntercom.Routes;

/// <summary>GET /data_attributes, POST /data_attributes, PUT /data_attributes/{id}.</summary>
public static class DataAttributeRoutes
{
    private static readonly string[] DataTypes = ["string", "integer", "float", "boolean", "datetime", "date"];

    public static void Map(IEndpointRouteBuilder app, Workspace workspace)
    {
        app.MapGet("/data_attributes", Handler.Of(context =>
        {
            var model = context.Query("model");
            var includeArchived = context.Query("include_archived") == "true";
            lock (workspace.Sync)
            {
                var attributes = workspace.Current.DataAttributes.All
                    .Where(a => (model is null || a.Model == model) && (includeArchived || !a.Archived))
                    .Select(DataJson.Attribute).ToArray();
                return Results.Json(new { type = "list", data = attributes });
            }
        }));

        app.MapPost("/data_attributes", Handler.Of(context => Create(RequestJson.Parse(context), workspace)));

        app.MapPut("/data_attributes/{data_attribute_id}", Handler.Of(context =>
            Update(context.Route("data_attribute_id"), RequestJson.Parse(context), workspace)));
    }

    private static IResult Create(JsonElement body, Workspace workspace)
    {
        var name = body.GetText("name");
        var model = body.GetText("model");
        var dataType = body.GetText("data_type");
        if (string.IsNullOrWhiteSpace(name) || model is not ("contact" or "company"))
            return ApiErrors.ParameterInvalid("The Data Attribute model field must be either contact or company");
        if (dataType is null || !DataTypes.Contains(dataType))
            return ApiErrors.ParameterInvalid("Data Type isn't an option");
        if (!TryReadOptions(body, out var options))
            return ApiErrors.ParameterInvalid("Options isn't an array of {value} objects");
        lock (workspace.Sync)
        {
            var attributes = workspace.Current.DataAttributes;
            if (attributes.FindByName(model, name) is not null)
                return ApiErrors.ParameterInvalid($"You already have '{name}' in your {model} data. To save this as new {model} data, use a different name.");
            var created = attributes.Create(model, name, dataType, body.GetText("description"), options, body.GetBool("messenger_writable") ?? false, Clock.NowUnix());
            return Results.Json(DataJson.Attribute(created));
        }
    }

    private static IResult Update(string id, JsonElement body, Workspace workspace)
    {
        if (!TryReadOptions(body, out var options))
            return ApiErrors.ParameterInvalid("Options isn't an array");
        lock (workspace.Sync)
        {
            if (workspace.Current.DataAttributes.Find(id) is not { } attribute)
                return ApiErrors.Result(404, "field_not_found", "We couldn't find that data attribute to update");
            var archive = body.GetBool("archived");
            if (archive == true && attribute.InUse)
                return ApiErrors.Result(422, "data_invalid", "The Data Attribute you are trying to archive has a dependant object");
            if (body.TryGet("description", out var description))
                attribute.Description = description.ValueKind == JsonValueKind.String ? description.GetString() : null;
            if (options is not null)
                attribute.Options = options;
            attribute.MessengerWritable = body.GetBool("messenger_writable") ?? attribute.MessengerWritable;
            attribute.Archived = archive ?? attribute.Archived;
            attribute.UpdatedAt = Clock.NowUnix();
            return Results.Json(DataJson.Attribute(attribute));
        }
    }

    /// <summary>options, when present, must be [{value}] (the shape the API's descriptions ask for); null when absent.</summary>
    private static bool TryReadOptions(JsonElement body, out List<string>? options)
    {
        options = null;
        if (!body.TryGet("options", out var value))
            return true;
        if (value.ValueKind != JsonValueKind.Array)
            return false;
        options = [];
        foreach (var item in value.EnumerateArray())
        {
            if (item.GetText("value") is not { } text)
                return false;
            options.Add(text);
        }
        return true;
    }
}
