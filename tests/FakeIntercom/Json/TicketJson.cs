using FakeIntercom.State;

namespace FakeIntercom.Json;

/// <summary>Tickets, their parts, ticket types with their attributes, and teams, as Intercom writes them.</summary>
public static class TicketJson
{
    private static readonly Dictionary<string, string> StateLabels = new()
    {
        ["submitted"] = "Submitted", ["in_progress"] = "In progress", ["waiting_on_customer"] = "Waiting on customer", ["resolved"] = "Resolved",
    };

    public static object Ticket(Ticket ticket) => new
    {
        type = "ticket",
        id = ticket.Id,
        ticket_id = ticket.Number,
        ticket_attributes = ticket.Attributes,
        ticket_state = ticket.State,
        ticket_type = Type(ticket.Type),
        contacts = new
        {
            type = "contact.list",
            contacts = ticket.Contact is { } contact ? new[] { new { type = "contact", id = contact.Id, external_id = contact.ExternalId } } : [],
        },
        admin_assignee_id = ticket.AdminAssigneeId,
        team_assignee_id = ticket.TeamAssigneeId,
        created_at = ticket.CreatedAt,
        updated_at = ticket.UpdatedAt,
        ticket_parts = new { type = "ticket_part.list", ticket_parts = ticket.Parts.Select(Part).ToArray(), total_count = ticket.Parts.Count },
        open = ticket.Open,
        snoozed_until = ticket.SnoozedUntil,
        linked_objects = new { type = "list", data = Array.Empty<object>(), total_count = 0, has_more = false },
        category = ticket.Type.Category,
        is_shared = ticket.IsShared,
        ticket_state_internal_label = StateLabels[ticket.State],
        ticket_state_external_label = StateLabels[ticket.State],
    };

    public static object Part(TicketPart part) => new
    {
        type = "ticket_part",
        id = part.Id,
        part_type = part.PartType,
        body = part.Body,
        previous_ticket_state = part.PreviousState,
        ticket_state = part.State,
        created_at = part.CreatedAt,
        updated_at = part.CreatedAt,
        assigned_to = part.AssignedTo is var (kind, id) ? new { type = kind, id } : null,
        author = new { id = part.Author.Id, type = part.Author.Type, name = part.Author.Name, email = part.Author.Email },
        attachments = part.AttachmentUrls.Select(url => new
        {
            type = "upload", name = url[(url.LastIndexOf('/') + 1)..], url, content_type = "image/png", filesize = 1024, width = 64, height = 64,
        }).ToArray(),
        redacted = false,
    };

    /// <summary>The attributes under data[], as the API's examples (not the schema's ticket_type_attributes[]) have them.</summary>
    public static object Type(TicketType type) => new
    {
        type = "ticket_type",
        id = type.Id,
        name = type.Name,
        description = type.Description,
        icon = type.Icon,
        workspace_id = "fakeapp1",
        archived = type.Archived,
        created_at = type.CreatedAt,
        updated_at = type.UpdatedAt,
        is_internal = type.IsInternal,
        ticket_type_attributes = new { type = "list", data = type.Attributes.Select(Attribute).ToArray() },
        category = type.Category,
    };

    /// <summary>input_options: multiline for text, list_options [{id, label, archived}] for lists, allow_multiple_values for files.</summary>
    public static object Attribute(TicketTypeAttribute attribute) => new
    {
        type = "ticket_type_attribute",
        id = attribute.Id,
        workspace_id = "fakeapp1",
        name = attribute.Name,
        description = attribute.Description,
        data_type = attribute.DataType,
        input_options = attribute.DataType switch
        {
            "string" => new { multiline = attribute.Multiline },
            "list" => new { list_options = attribute.ListOptions.Select(o => new { id = o.Id, label = o.Label, archived = false }).ToArray() },
            "files" => (object)new { allow_multiple_values = attribute.AllowMultipleValues },
            _ => null,
        },
        order = attribute.Order,
        required_to_create = attribute.RequiredToCreate,
        required_to_create_for_contacts = attribute.RequiredToCreateForContacts,
        visible_on_create = attribute.VisibleOnCreate,
        visible_to_contacts = attribute.VisibleToContacts,
        @default = attribute.Default,
        ticket_type_id = int.Parse(attribute.TicketTypeId),
        archived = attribute.Archived,
        created_at = attribute.CreatedAt,
        updated_at = attribute.UpdatedAt,
    };

    public static object Team(Team team) => new
    {
        type = "team",
        id = team.Id,
        name = team.Name,
        admin_ids = team.AdminIds,
        admin_priority_level = new { primary_admin_ids = team.AdminIds, secondary_admin_ids = Array.Empty<int>() },
    };
}
