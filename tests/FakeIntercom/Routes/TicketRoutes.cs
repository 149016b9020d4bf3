using System.Text.Json;
using System.Text.Json.Nodes;
using FakeIntercom.Http;
using FakeIntercom.Json;
using FakeIntercom.State;

namespace FakeIntercom.Routes;

/// <summary>
/// Tickets: POST /tickets, GET and PUT /tickets/{id}. Ticket attributes are checked against the ticket type: known,
/// not archived, of the attribute's data type (a list takes an option id), and on create every attribute required to
/// create must be given (400 parameter_invalid otherwise).
/// </summary>
public static class TicketRoutes
{
    private static readonly string[] CreateFields = ["ticket_type_id", "contacts", "company_id", "created_at", "ticket_attributes"];
    private static readonly string[] UpdateFields = ["ticket_attributes", "state", "open", "is_shared", "snoozed_until", "assignment"];
    private static readonly string[] States = ["in_progress", "waiting_on_customer", "resolved"];

    public static void Map(IEndpointRouteBuilder app, Workspace workspace)
    {
        app.MapPost("/tickets", Handler.Of(context => Create(RequestJson.Parse(context), workspace)));

        app.MapGet("/tickets/{ticket_id}", Handler.Of(context =>
            WithTicket(context, workspace, (ticket, _) => Results.Json(TicketJson.Ticket(ticket)))));

        app.MapPut("/tickets/{ticket_id}", Handler.Of(context =>
        {
            var body = RequestJson.Parse(context);
            if (TicketTypeRoutes.Unexpected(body, UpdateFields) is { } refused) return refused;
            if (body.GetText("state") is { } newState && !States.Contains(newState))
                return ApiErrors.ParameterInvalid($"state must be one of {string.Join(", ", States)}");
            return WithTicket(context, workspace, (ticket, state) => Update(ticket, body, state));
        }));
    }

    /// <summary>Runs <paramref name="handle"/> under the lock with the path's ticket, or answers 404 ticket_not_found.</summary>
    public static IResult WithTicket(HttpContext context, Workspace workspace, Func<Ticket, WorkspaceState, IResult> handle)
    {
        lock (workspace.Sync)
        {
            var state = workspace.Current;
            return state.Tickets.Find(context.Route("ticket_id")) is { } ticket
                ? handle(ticket, state)
                : ApiErrors.Result(404, "ticket_not_found", "Ticket not found");
        }
    }

    private static IResult Create(JsonElement body, Workspace workspace)
    {
        if (TicketTypeRoutes.Unexpected(body, CreateFields) is { } refused) return refused;
        if (body.GetText("ticket_type_id") is not { } typeId) return ApiErrors.ParameterInvalid("ticket_type_id is required");
        if (body.GetArray("contacts") is not [{ ValueKind: JsonValueKind.Object } contactKey] || contactKey.EnumerateObject().Count() != 1)
            return ApiErrors.ParameterInvalid("contacts must hold one contact: {id}, {external_id} or {email}");
        lock (workspace.Sync)
        {
            var state = workspace.Current;
            if (state.TicketTypes.Find(typeId) is not { } type) return ApiErrors.NotFound("Ticket type not found");
            if (type.Archived) return ApiErrors.ParameterInvalid($"Ticket type {type.Id} is archived");
            var attributes = body.TryGet("ticket_attributes", out var given) ? given : default;
            if (AttributeProblem(type, attributes, creating: true) is { } problem) return ApiErrors.ParameterInvalid(problem);
            if (body.GetText("company_id") is { } companyId && state.Companies.FindByCompanyId(companyId) is null) return ApiErrors.CompanyNotFound();
            if (FindContact(contactKey, state.Contacts) is not { } contact) return ApiErrors.UserNotFound();
            var createdAt = body.TryGet("created_at", out var at) && at.TryGetInt64(out var seconds) ? seconds : Clock.NowUnix();
            var ticket = state.Tickets.Create(type, contact, body.GetText("company_id"), Values(attributes), createdAt, TicketAuthor.Of(state.Admins.Me));
            return Results.Json(TicketJson.Ticket(ticket));
        }
    }

    /// <summary>By id or external_id; by email, the user with it, else a new user (as the API says it does).</summary>
    private static Contact? FindContact(JsonElement key, ContactCatalog contacts)
    {
        if (key.GetText("id") is { } id) return contacts.FindById(id);
        if (key.GetText("external_id") is { } externalId) return contacts.FindByExternalId(externalId);
        if (key.GetText("email") is not { } email) return null;
        return contacts.FindUserByEmail(email) ?? contacts.Create((index, newId) =>
            new Contact(index, newId, "user", null, email, null, null, Clock.NowUnix(), Clock.NowUnix(), null, null, null, null, null, null, null, null, null, null));
    }

    private static IResult Update(Ticket ticket, JsonElement body, WorkspaceState state)
    {
        var me = TicketAuthor.Of(state.Admins.Me);
        var now = Clock.NowUnix();
        if (body.TryGet("assignment", out var assignment) && Assign(ticket, assignment, state, now) is { } failed) return failed;
        if (body.TryGet("ticket_attributes", out var attributes))
        {
            if (AttributeProblem(ticket.Type, attributes, creating: false) is { } problem) return ApiErrors.ParameterInvalid(problem);
            foreach (var (name, value) in Values(attributes)) ticket.Attributes[name] = value;
            state.Tickets.AddPart(ticket, "ticket_attribute_updated_by_admin", me, now);
        }
        if (body.GetText("state") is { } newState && newState != ticket.State)
        {
            var previous = ticket.State;
            ticket.State = newState;
            state.Tickets.AddPart(ticket, "ticket_state_updated_by_admin", me, now, part => part with { PreviousState = previous, State = newState });
        }
        if (body.TryGet("snoozed_until", out var snooze))
        {
            ticket.SnoozedUntil = snooze.ValueKind == JsonValueKind.Number ? snooze.GetInt64() : null;
            state.Tickets.AddPart(ticket, ticket.SnoozedUntil is null ? "unsnoozed" : "snoozed", me, now);
        }
        ticket.IsShared = body.GetBool("is_shared") ?? ticket.IsShared;
        if (body.GetBool("open") is { } open)
        {
            ticket.Open = open;
            if (!open) ticket.SnoozedUntil = null;
        }
        ticket.UpdatedAt = now;
        return Results.Json(TicketJson.Ticket(ticket));
    }

    /// <summary>assignment {admin_id, assignee_id}: the admin must exist, the assignee be an admin, a team or "0" (404 assignee_not_found).</summary>
    private static IResult? Assign(Ticket ticket, JsonElement assignment, WorkspaceState state, long now)
    {
        var notFound = ApiErrors.Result(404, "assignee_not_found", "Assignee not found");
        if (assignment.GetText("admin_id") is not { } adminId || state.Admins.Find(adminId) is not { } admin) return notFound;
        var assigneeId = assignment.GetText("assignee_id");
        if (assigneeId == "0")
            (ticket.AdminAssigneeId, ticket.TeamAssigneeId) = ("0", "0");
        else if (assigneeId is not null && state.Admins.Find(assigneeId) is not null)
            ticket.AdminAssigneeId = assigneeId;
        else if (assigneeId is not null && state.Teams.Find(assigneeId) is not null)
            ticket.TeamAssigneeId = assigneeId;
        else
            return notFound;
        var kind = state.Teams.Find(assigneeId) is null ? "admin" : "team";
        state.Tickets.AddPart(ticket, "assignment", TicketAuthor.Of(admin), now, part => part with { AssignedTo = (kind, assigneeId) });
        return null;
    }

    private static string? AttributeProblem(TicketType type, JsonElement attributes, bool creating)
    {
        if (attributes.ValueKind is not (JsonValueKind.Object or JsonValueKind.Undefined))
            return "ticket_attributes must be an object";
        var given = attributes.ValueKind == JsonValueKind.Object ? attributes.EnumerateObject().ToList() : [];
        foreach (var property in given)
        {
            if (type.Attribute(property.Name) is not { Archived: false } attribute)
                return $"Ticket attribute '{property.Name}' does not exist on ticket type {type.Id}";
            if (attribute.Problem(property.Value) is { } problem) return problem;
        }
        var missing = creating
            ? type.Attributes.FirstOrDefault(a => a.RequiredToCreate && !a.Archived && !given.Any(p => p.Name == a.Name && p.Value.ValueKind != JsonValueKind.Null))
            : null;
        return missing is null ? null : $"Ticket attribute '{missing.Name}' is required";
    }

    private static Dictionary<string, JsonNode?> Values(JsonElement attributes) =>
        attributes.ValueKind == JsonValueKind.Object
            ? attributes.EnumerateObject().ToDictionary(p => p.Name, p => JsonNode.Parse(p.Value.GetRawText()))
            : [];
}
