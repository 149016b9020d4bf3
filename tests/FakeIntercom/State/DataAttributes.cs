namespace FakeIntercom.State;

public sealed class DataAttribute
{
    public string? Id { get; init; }
    public required string Model { get; init; }
    public required string Name { get; init; }
    public required string FullName { get; init; }
    public required string DataType { get; init; }
    public string? Description { get; set; }
    public List<string>? Options { get; set; }
    public bool MessengerWritable { get; set; }
    public bool Archived { get; set; }
    public bool Custom => Id is not null;
    /// <summary>Something (a segment, a rule) uses it, so Intercom refuses to archive it.</summary>
    public bool InUse { get; init; }
    public long CreatedAt { get; init; }
    public long UpdatedAt { get; set; }
}

/// <summary>
/// Standard attributes of contacts, companies and conversations, plus custom ones: "plan_tier" (contact, id 101, in
/// use, so it cannot be archived), "legacy_score" (contact, id 102) and "region" (company, id 103, a list).
/// New custom attributes count up from 104; names are unique per model.
/// </summary>
public sealed class DataAttributeCatalog
{
    private readonly List<DataAttribute> _attributes = [];
    private int _nextId = 101;

    public DataAttributeCatalog()
    {
        foreach (var (model, name, type) in new[]
        {
            ("contact", "email", "string"), ("contact", "name", "string"), ("contact", "created_at", "date"),
            ("company", "name", "string"), ("company", "monthly_spend", "float"),
            ("conversation", "state", "string"),
        })
        {
            _attributes.Add(new DataAttribute { Model = model, Name = name, FullName = name, DataType = type, Description = $"The {name} of the {model}" });
        }
        Create("contact", "plan_tier", "string", "The customer's plan", null, false, Seeded.BaseTime, inUse: true);
        Create("contact", "legacy_score", "integer", null, null, false, Seeded.BaseTime);
        Create("company", "region", "string", null, ["EMEA", "AMER", "APAC"], true, Seeded.BaseTime);
    }

    public IEnumerable<DataAttribute> All => _attributes;

    public DataAttribute? Find(string id) => _attributes.Find(a => a.Id == id);

    public DataAttribute? FindByName(string model, string name) =>
        _attributes.Find(a => a.Model == model && string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));

    public DataAttribute Create(string model, string name, string dataType, string? description, List<string>? options, bool messengerWritable, long now, bool inUse = false)
    {
        var attribute = new DataAttribute
        {
            Id = (_nextId++).ToString(), Model = model, Name = name, FullName = $"custom_attributes.{name}", DataType = dataType,
            Description = description, Options = options, MessengerWritable = messengerWritable, InUse = inUse, CreatedAt = now, UpdatedAt = now,
        };
        _attributes.Add(attribute);
        return attribute;
    }
}
