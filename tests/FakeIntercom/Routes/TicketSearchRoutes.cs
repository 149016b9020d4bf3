using System.Text.Json;
using System.Text.Json.Nodes;
using FakeIntercom.Http;
using FakeIntercom.Json;
using FakeIntercom.Search;
using FakeIntercom.State;

namespace FakeIntercom.Routes;

/// <summary>
/// POST /tickets/search {query, pagination: {per_page, starting_after}}: the tickets the query matches, oldest first,
/// under tickets[] (type ticket.list). The fields are the searchable ones Intercom lists; any other is 400.
/// </summary>
public static class TicketSearchRoutes
{
    private const int DefaultPerPage = 20;
    private const int MaxPerPage = 150;
    private const string CursorKind = "tickets-search";
    private const string AttributePrefix = "ticket_attribute.";

    private static readonly string[] Fields =
    [
        "id", "created_at", "updated_at", "title", "description", "category", "ticket_type_id", "contact_ids",
        "teammate_ids", "admin_assignee_id", "team_assignee_id", "open", "state", "snoozed_until",
    ];

    public static void Map(IEndpointRouteBuilder app, Workspace workspace) =>
        app.MapPost("/tickets/search", Handler.Of(context => Search(RequestJson.Parse(context), workspace)));

    private static IResult Search(JsonElement body, Workspace workspace)
    {
        if (SearchRequest.Read(body, CursorKind, DefaultPerPage, MaxPerPage, out var query, out var paging, check: CheckFields) is { } invalid)
            return invalid;
        lock (workspace.Sync)
        {
            var matching = workspace.Current.Tickets.All.Where(ticket =>
            {
                var json = JsonSerializer.SerializeToNode(TicketJson.Ticket(ticket));
                return SearchQuery.Matches(query, field => FieldValues(field, ticket, json));
            }).ToList();
            var tickets = paging.Of(matching).Select(TicketJson.Ticket).ToArray();
            return Results.Json(new { type = "ticket.list", pages = paging.Pages(matching.Count), total_count = matching.Count, tickets });
        }
    }

    private static void CheckFields(JsonElement query)
    {
        if (query.TryGetProperty("field", out var field) && field.GetString() is { } name && !Fields.Contains(name) && !name.StartsWith(AttributePrefix))
            throw new SearchQueryException($"'{name}' is not a searchable ticket field");
        if (query.TryGetProperty("value", out var parts) && parts.ValueKind == JsonValueKind.Array && !query.TryGetProperty("field", out _))
            foreach (var part in parts.EnumerateArray()) CheckFields(part);
    }

    /// <summary>The values of a searchable field, read from the ticket's JSON.</summary>
    private static IReadOnlyList<JsonNode?> FieldValues(string field, Ticket ticket, JsonNode? json) => field switch
    {
        "title" => [SearchQuery.Path(json, "ticket_attributes._default_title_")],
        "description" => [SearchQuery.Path(json, "ticket_attributes._default_description_")],
        "state" => [SearchQuery.Path(json, "ticket_state")],
        "ticket_type_id" => [SearchQuery.Path(json, "ticket_type.id")],
        "contact_ids" => SearchQuery.Path(json, "contacts.contacts") is JsonArray contacts ? contacts.Select(c => c?["id"]).ToList() : [],
        "teammate_ids" => SearchQuery.Path(json, "ticket_parts.ticket_parts") is JsonArray parts
            ? parts.Where(p => (string?)p?["author"]?["type"] == "admin").Select(p => p?["author"]?["id"]).ToList()
            : [],
        _ when field.StartsWith(AttributePrefix) =>
            [ticket.Type.Attributes.Find(a => a.Id == field[AttributePrefix.Length..]) is { } attribute ? json?["ticket_attributes"]?[attribute.Name] : null],
        _ => [SearchQuery.Path(json, field)],
    };
}
