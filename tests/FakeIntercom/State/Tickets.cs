using System.Text.Json.Nodes;

namespace FakeIntercom.State;

/// <summary>Who wrote or caused a ticket part: an admin, a bot or a user.</summary>
public sealed record TicketAuthor(string Type, string Id, string? Name, string? Email)
{
    public static TicketAuthor Of(Admin admin) => new("admin", admin.Id, admin.Name, admin.Email);
    public static TicketAuthor Of(Contact contact) => new("user", contact.Id, contact.Name, contact.Email);
}

public sealed record TicketPart(string Id, string PartType, long CreatedAt, TicketAuthor Author)
{
    public string? Body { get; init; }
    public string? PreviousState { get; init; }
    public string? State { get; init; }
    public (string Type, string Id)? AssignedTo { get; init; }
    public IReadOnlyList<string> AttachmentUrls { get; init; } = [];
}

public sealed class Ticket
{
    public required string Id { get; init; }
    /// <summary>The inbox number (ticket_id), which the API never takes.</summary>
    public required string Number { get; init; }
    public required TicketType Type { get; init; }
    /// <summary>The contact it is about; null only in a workspace seeded without contacts.</summary>
    public Contact? Contact { get; init; }
    public string? CompanyId { get; init; }
    public Dictionary<string, JsonNode?> Attributes { get; init; } = [];
    public string State { get; set; } = "submitted";
    public bool Open { get; set; } = true;
    public bool IsShared { get; set; } = true;
    public long? SnoozedUntil { get; set; }
    public string AdminAssigneeId { get; set; } = "0";
    public string TeamAssigneeId { get; set; } = "0";
    public long CreatedAt { get; init; }
    public long UpdatedAt { get; set; }
    public List<TicketPart> Parts { get; } = [];
}

/// <summary>
/// Tickets 101..105 (inbox numbers 1..5) on the first five contacts: three bug reports (submitted; in progress and
/// assigned to admin 991267002; resolved and closed), a billing question (Back-office, assigned to team 814865) and a
/// feature request (waiting on the customer). New tickets count up from 106 (number 6); parts from 1.
/// </summary>
public sealed class TicketDesk
{
    private readonly List<Ticket> _tickets = [];
    private int _nextId = 101;
    private int _nextPartId = 1;

    public TicketDesk(TicketTypeCatalog types, ContactCatalog contacts, Admin me)
    {
        Contact? ContactAt(int i) => contacts.Count > 0 ? contacts.At(i % contacts.Count) : null;
        string Severity(string label) => types.Find("81")!.Attribute("Severity")!.ListOptions.First(o => o.Label == label).Id;
        var seeded = new (string Type, string Title, string State, Dictionary<string, JsonNode?> More)[]
        {
            ("81", "Checkout button does nothing", "submitted", new() { ["Severity"] = Severity("High") }),
            ("81", "Export times out", "in_progress", new() { ["Severity"] = Severity("Medium"), ["Affected users"] = 40 }),
            ("81", "Typo on the pricing page", "resolved", new() { ["Severity"] = Severity("Low"), ["Reproducible"] = true }),
            ("82", "Invoice shows the wrong VAT", "submitted", []),
            ("83", "Dark mode", "waiting_on_customer", []),
        };
        foreach (var (type, title, state, more) in seeded)
        {
            more["_default_title_"] = title;
            var ticket = Create(types.Find(type)!, ContactAt(_tickets.Count), null, more, Seeded.BaseTime + 86_400 * (_tickets.Count + 1), TicketAuthor.Of(me));
            ticket.State = state;
            ticket.Open = state != "resolved";
        }
        _tickets[1].AdminAssigneeId = "991267002";
        _tickets[3].TeamAssigneeId = "814865";
    }

    public IReadOnlyList<Ticket> All => _tickets;

    public Ticket? Find(string id) => _tickets.Find(t => t.Id == id);

    public Ticket Create(TicketType type, Contact? contact, string? companyId, Dictionary<string, JsonNode?> attributes, long createdAt, TicketAuthor by)
    {
        var number = _tickets.Count + 1;
        var ticket = new Ticket
        {
            Id = (_nextId++).ToString(), Number = number.ToString(), Type = type, Contact = contact, CompanyId = companyId,
            Attributes = attributes, IsShared = type.Category != "Back-office", CreatedAt = createdAt, UpdatedAt = createdAt,
        };
        AddPart(ticket, "ticket_state_updated_by_admin", by, createdAt, part => part with { PreviousState = "submitted", State = "submitted" });
        _tickets.Add(ticket);
        return ticket;
    }

    /// <summary>Adds a part (shaped further by <paramref name="shape"/>) and counts it as the ticket's latest change.</summary>
    public TicketPart AddPart(Ticket ticket, string partType, TicketAuthor author, long now, Func<TicketPart, TicketPart>? shape = null)
    {
        var part = new TicketPart((_nextPartId++).ToString(), partType, now, author);
        part = shape is null ? part : shape(part);
        ticket.Parts.Add(part);
        ticket.UpdatedAt = now;
        return part;
    }
}
