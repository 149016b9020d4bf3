using System.Text.Json;
using FakeIntercom.Http;
using FakeIntercom.Json;
using FakeIntercom.State;

namespace FakeIntercom.Routes;

/// <summary>
/// Ticket types: GET (list under data[], by id), POST, PUT (archived too); their attributes: POST and PUT
/// /ticket_types/{id}/attributes[/{attribute_id}]. Fields a request may not carry are refused (400 parameter_invalid).
/// </summary>
public static class TicketTypeRoutes
{
    private static readonly string[] TypeFields = ["name", "description", "category", "icon", "is_internal", "archived"];
    private static readonly string[] AttributeFields =
    [
        "name", "description", "data_type", "required_to_create", "required_to_create_for_contacts", "visible_on_create",
        "visible_to_contacts", "multiline", "list_items", "allow_multiple_values", "archived",
    ];

    public static void Map(IEndpointRouteBuilder app, Workspace workspace)
    {
        app.MapGet("/ticket_types", Handler.Of(_ =>
        {
            lock (workspace.Sync)
                return Results.Json(new { type = "list", data = workspace.Current.TicketTypes.All.Select(TicketJson.Type).ToArray() });
        }));

        app.MapGet("/ticket_types/{ticket_type_id}", Handler.Of(context =>
            WithType(context, workspace, (type, _) => Results.Json(TicketJson.Type(type)))));

        app.MapPost("/ticket_types", Handler.Of(context => CreateType(RequestJson.Parse(context), workspace)));

        app.MapPut("/ticket_types/{ticket_type_id}", Handler.Of(context =>
        {
            var body = RequestJson.Parse(context);
            if (Unexpected(body, TypeFields) is { } refused) return refused;
            if (body.GetText("category") is { } category && !TicketTypeCatalog.Categories.Contains(category))
                return ApiErrors.ParameterInvalid($"category must be one of {string.Join(", ", TicketTypeCatalog.Categories)}");
            return WithType(context, workspace, (type, _) =>
            {
                type.Name = body.GetText("name") ?? type.Name;
                type.Description = body.GetText("description") ?? type.Description;
                type.Category = body.GetText("category") ?? type.Category;
                type.Icon = body.GetText("icon") ?? type.Icon;
                type.IsInternal = body.GetBool("is_internal") ?? type.IsInternal;
                type.Archived = body.GetBool("archived") ?? type.Archived;
                type.UpdatedAt = Clock.NowUnix();
                return Results.Json(TicketJson.Type(type));
            });
        }));

        app.MapPost("/ticket_types/{ticket_type_id}/attributes", Handler.Of(context =>
        {
            var body = RequestJson.Parse(context);
            return WithType(context, workspace, (type, state) => CreateAttribute(type, body, state.TicketTypes));
        }));

        app.MapPut("/ticket_types/{ticket_type_id}/attributes/{attribute_id}", Handler.Of(context =>
        {
            var body = RequestJson.Parse(context);
            return WithType(context, workspace, (type, state) =>
                type.Attributes.Find(a => a.Id == context.Route("attribute_id")) is { } attribute
                    ? UpdateAttribute(attribute, body, state.TicketTypes)
                    : ApiErrors.NotFound("Ticket type attribute not found"));
        }));
    }

    private static IResult WithType(HttpContext context, Workspace workspace, Func<TicketType, WorkspaceState, IResult> handle)
    {
        lock (workspace.Sync)
        {
            var state = workspace.Current;
            return state.TicketTypes.Find(context.Route("ticket_type_id")) is { } type ? handle(type, state) : ApiErrors.NotFound("Ticket type not found");
        }
    }

    /// <summary>A 400 naming the first field the body may not carry, or null.</summary>
    public static IResult? Unexpected(JsonElement body, IEnumerable<string> allowed)
    {
        if (body.ValueKind != JsonValueKind.Object) return ApiErrors.ParameterInvalid("the body must be a JSON object");
        var extra = body.EnumerateObject().Select(p => p.Name).FirstOrDefault(name => !allowed.Contains(name));
        return extra is null ? null : ApiErrors.ParameterInvalid($"'{extra}' is not a field of this request");
    }

    private static IResult CreateType(JsonElement body, Workspace workspace)
    {
        if (Unexpected(body, TypeFields.Where(f => f != "archived")) is { } refused) return refused;
        if (body.GetText("name") is not { Length: > 0 } name) return ApiErrors.ParameterInvalid("name is required");
        var category = body.GetText("category") ?? "Customer";
        if (!TicketTypeCatalog.Categories.Contains(category))
            return ApiErrors.ParameterInvalid($"category must be one of {string.Join(", ", TicketTypeCatalog.Categories)}");
        lock (workspace.Sync)
        {
            var types = workspace.Current.TicketTypes;
            if (types.FindByName(name) is not null) return ApiErrors.ParameterInvalid($"A ticket type named '{name}' already exists");
            var type = types.Create(name, body.GetText("description") ?? "", category, body.GetText("icon") ?? "🎟️", Clock.NowUnix());
            type.IsInternal = body.GetBool("is_internal") ?? false;
            return Results.Json(TicketJson.Type(type));
        }
    }

    private static IResult CreateAttribute(TicketType type, JsonElement body, TicketTypeCatalog catalog)
    {
        if (Unexpected(body, AttributeFields.Where(f => f != "archived")) is { } refused) return refused;
        if (body.GetText("name") is not { Length: > 0 } name || body.GetText("description") is not { } description)
            return ApiErrors.ParameterInvalid("name and description are required");
        if (body.GetText("data_type") is not { } dataType || !TicketTypeCatalog.DataTypes.Contains(dataType))
            return ApiErrors.ParameterInvalid($"data_type must be one of {string.Join(", ", TicketTypeCatalog.DataTypes)}");
        var items = ListItems(body);
        if ((dataType == "list") != (items is not null)) return ApiErrors.ParameterInvalid("list_items is required for, and only for, list attributes");
        if (type.Attribute(name) is not null) return ApiErrors.ParameterInvalid($"The ticket type already has an attribute named '{name}'");
        var attribute = catalog.AddAttribute(type, name, description, dataType, Clock.NowUnix(), items);
        Apply(attribute, body);
        return Results.Json(TicketJson.Attribute(attribute));
    }

    private static IResult UpdateAttribute(TicketTypeAttribute attribute, JsonElement body, TicketTypeCatalog catalog)
    {
        if (Unexpected(body, AttributeFields.Where(f => f != "data_type")) is { } refused) return refused;
        var items = ListItems(body);
        if (items is not null && attribute.DataType != "list") return ApiErrors.ParameterInvalid("list_items applies to list attributes only");
        attribute.Name = body.GetText("name") ?? attribute.Name;
        attribute.Description = body.GetText("description") ?? attribute.Description;
        if (items is not null) catalog.SetListItems(attribute, items);
        Apply(attribute, body);
        attribute.Archived = body.GetBool("archived") ?? attribute.Archived;
        attribute.UpdatedAt = Clock.NowUnix();
        return Results.Json(TicketJson.Attribute(attribute));
    }

    private static void Apply(TicketTypeAttribute attribute, JsonElement body)
    {
        attribute.RequiredToCreate = body.GetBool("required_to_create") ?? attribute.RequiredToCreate;
        attribute.RequiredToCreateForContacts = body.GetBool("required_to_create_for_contacts") ?? attribute.RequiredToCreateForContacts;
        attribute.VisibleOnCreate = body.GetBool("visible_on_create") ?? attribute.VisibleOnCreate;
        attribute.VisibleToContacts = body.GetBool("visible_to_contacts") ?? attribute.VisibleToContacts;
        attribute.Multiline = body.GetBool("multiline") ?? attribute.Multiline;
        attribute.AllowMultipleValues = body.GetBool("allow_multiple_values") ?? attribute.AllowMultipleValues;
    }

    /// <summary>list_items is one comma-separated string; null when absent.</summary>
    private static string[]? ListItems(JsonElement body) =>
        body.GetText("list_items")?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
