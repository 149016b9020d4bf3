using System.Text.Json;

namespace FakeIntercom.State;

public sealed record ListOption(string Id, string Label);

public sealed class TicketTypeAttribute
{
    public required string Id { get; init; }
    public required string TicketTypeId { get; init; }
    public required string Name { get; set; }
    public string Description { get; set; } = "";
    public required string DataType { get; init; }
    public bool Multiline { get; set; }
    public bool AllowMultipleValues { get; set; }
    public List<ListOption> ListOptions { get; set; } = [];
    public bool RequiredToCreate { get; set; }
    public bool RequiredToCreateForContacts { get; set; }
    public bool VisibleOnCreate { get; set; } = true;
    public bool VisibleToContacts { get; set; } = true;
    public bool Default { get; init; }
    public bool Archived { get; set; }
    public int Order { get; init; }
    public long CreatedAt { get; init; }
    public long UpdatedAt { get; set; }

    /// <summary>Why the value does not fit the attribute's data type (a list takes an option id), or null.</summary>
    public string? Problem(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Null) return null;
        var fits = DataType switch
        {
            "string" => value.ValueKind == JsonValueKind.String,
            "list" => value.ValueKind == JsonValueKind.String && ListOptions.Any(o => o.Id == value.GetString()),
            "integer" or "datetime" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
            "decimal" => value.ValueKind == JsonValueKind.Number,
            "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
            "files" => value.ValueKind == JsonValueKind.Array,
            _ => true,
        };
        return fits ? null : $"The value of {Name} is not a valid {DataType}";
    }
}

public sealed class TicketType
{
    public required string Id { get; init; }
    public required string Name { get; set; }
    public string Description { get; set; } = "";
    public string Category { get; set; } = "Customer";
    public string Icon { get; set; } = "🎟️";
    public bool IsInternal { get; set; }
    public bool Archived { get; set; }
    public List<TicketTypeAttribute> Attributes { get; } = [];
    public long CreatedAt { get; init; }
    public long UpdatedAt { get; set; }

    public TicketTypeAttribute? Attribute(string name) => Attributes.Find(a => a.Name == name);
}

/// <summary>
/// Ticket types: 81 "Bug Report" (Customer; a required list "Severity", an integer "Affected users", a boolean
/// "Reproducible", an archived text "Legacy area"), 82 "Billing Question" (Back-office) and 83 "Feature Request"
/// (Tracker). Every type has the _default_title_ (required) and _default_description_ attributes. New types count
/// up from 84; attributes (201..210 seeded) and list options take the next ids.
/// </summary>
public sealed class TicketTypeCatalog
{
    public static readonly string[] Categories = ["Customer", "Back-office", "Tracker"];
    public static readonly string[] DataTypes = ["string", "list", "integer", "decimal", "boolean", "datetime", "files"];

    private readonly List<TicketType> _types = [];
    private int _nextTypeId = 81;
    private int _nextAttributeId = 201;
    private int _nextOptionId = 1;

    public TicketTypeCatalog()
    {
        var bug = Create("Bug Report", "Something in the product does not work", "Customer", "🐞", Seeded.BaseTime);
        AddAttribute(bug, "Severity", "How bad it is", "list", Seeded.BaseTime, ["Low", "Medium", "High"]).RequiredToCreate = true;
        AddAttribute(bug, "Affected users", "How many users see it", "integer", Seeded.BaseTime);
        AddAttribute(bug, "Reproducible", "Whether it happens every time", "boolean", Seeded.BaseTime);
        AddAttribute(bug, "Legacy area", "Replaced by Severity", "string", Seeded.BaseTime).Archived = true;
        Create("Billing Question", "Invoices and payments", "Back-office", "💳", Seeded.BaseTime);
        Create("Feature Request", "Ideas from customers", "Tracker", "💡", Seeded.BaseTime);
    }

    public IReadOnlyList<TicketType> All => _types;

    public TicketType? Find(string id) => _types.Find(t => t.Id == id);

    public TicketType? FindByName(string name) => _types.Find(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));

    public TicketType Create(string name, string description, string category, string icon, long now)
    {
        var type = new TicketType { Id = (_nextTypeId++).ToString(), Name = name, Description = description, Category = category, Icon = icon, CreatedAt = now, UpdatedAt = now };
        _types.Add(type);
        AddAttribute(type, "_default_title_", "", "string", now, isDefault: true).RequiredToCreate = true;
        AddAttribute(type, "_default_description_", "", "string", now, isDefault: true).Multiline = true;
        return type;
    }

    public TicketTypeAttribute AddAttribute(TicketType type, string name, string description, string dataType, long now, IEnumerable<string>? listItems = null, bool isDefault = false)
    {
        var attribute = new TicketTypeAttribute
        {
            Id = (_nextAttributeId++).ToString(), TicketTypeId = type.Id, Name = name, Description = description, DataType = dataType,
            Default = isDefault, Order = type.Attributes.Count, CreatedAt = now, UpdatedAt = now,
        };
        if (listItems is not null) SetListItems(attribute, listItems);
        type.Attributes.Add(attribute);
        return attribute;
    }

    /// <summary>The options for these labels: a label kept keeps its option id, a new one gets the next id.</summary>
    public void SetListItems(TicketTypeAttribute attribute, IEnumerable<string> labels) =>
        attribute.ListOptions = labels.Select(label =>
            attribute.ListOptions.Find(o => o.Label == label) ?? new ListOption($"9d0c5a7e-{attribute.Id.PadLeft(4, '0')}-4000-8000-{_nextOptionId++:x12}", label)).ToList();
}
