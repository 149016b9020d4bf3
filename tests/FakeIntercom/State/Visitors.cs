namespace FakeIntercom.State;

public sealed class Visitor
{
    public required string Id { get; init; }
    public required string UserId { get; init; }
    public required string Pseudonym { get; init; }
    public string? Name { get; set; }
    public string? Email { get; init; }
    public required long CreatedAt { get; init; }
    public long UpdatedAt { get; set; }
    public Dictionary<string, object?> CustomAttributes { get; } = [];
}

/// <summary>What POST /visitors/convert did: which visitor became (or was merged into) which contact.</summary>
public sealed record VisitorConversion(string VisitorId, string ContactId, string Role, bool Merged);

/// <summary>Three seeded visitors, user_ids "visitor-0001" to "visitor-0003"; the third has an email.</summary>
public sealed class VisitorDirectory
{
    private readonly List<Visitor> _visitors = [];

    public VisitorDirectory(int seed)
    {
        var ids = new ObjectIdFormat(0x65920090, seed);
        string[] pseudonyms = ["Indigo Ghost", "Amber Fox", "Teal Owl"];
        for (var i = 0; i < pseudonyms.Length; i++)
        {
            _visitors.Add(new Visitor
            {
                Id = ids.Format(i), UserId = $"visitor-{i + 1:D4}", Pseudonym = pseudonyms[i], Email = i == 2 ? "teal.owl@example.com" : null,
                CreatedAt = Seeded.BaseTime + i * 3600, UpdatedAt = Seeded.BaseTime + i * 3600,
            });
        }
    }

    public List<VisitorConversion> Conversions { get; } = [];

    public IReadOnlyList<Visitor> All => _visitors;

    public Visitor? Find(string? id, string? userId, string? email) =>
        _visitors.Find(v => (id is not null && v.Id == id) || (userId is not null && v.UserId == userId) || (email is not null && v.Email == email));

    public void Remove(Visitor visitor) => _visitors.Remove(visitor);
}
