namespace FakeIntercom.State;

/// <summary>
/// One contact's attributes (tags, subscriptions and notes live in the workspace's overlays). Seeded contacts are
/// generated from their index; a change through the API stores a changed copy (<c>with</c>) in the catalog.
/// </summary>
public sealed record Contact(
    int Index, string Id, string Role, string? ExternalId, string? Email, string? Phone, string? Name,
    long CreatedAt, long UpdatedAt, long? SignedUpAt, long? LastSeenAt, string? City, string? Country, string? CountryCode,
    string? ContinentCode, string? Browser, string? Os, string? SignupSource, string? CompanyId)
{
    public string? Avatar { get; init; }
    public long? OwnerId { get; init; }
    public bool UnsubscribedFromEmails { get; init; }

    /// <summary>Custom attributes as plain values (string, long, double, bool, null).</summary>
    public IReadOnlyDictionary<string, object?> CustomAttributes { get; init; } =
        SignupSource is null ? new Dictionary<string, object?>() : new Dictionary<string, object?> { ["signup_source"] = SignupSource };
}

/// <summary>
/// The contacts. Seeded ones are generated on demand from their index so 300,000 of them cost no memory:
/// every fifth is a lead (no external_id), the rest are users; contact i belongs to company i mod companies.
/// Contacts created through the API take the next indexes; changed, deleted (or merged away) and archived
/// contacts are kept as small overlays, so only what the API changed costs memory.
/// </summary>
public sealed class ContactCatalog(SeedSettings settings, CompanyCatalog companies)
{
    private static readonly string[] FirstNames =
        ["Ada", "Grace", "Alan", "Linus", "Margaret", "Dennis", "Barbara", "Ken", "Frances", "Edsger", "Radia", "Donald", "Hedy", "John", "Katherine", "Tim"];
    private static readonly string[] LastNames =
        ["Murphy", "Kelly", "Byrne", "Ryan", "Walsh", "Doyle", "Nolan", "Quinn", "Kennedy", "Lynch", "Burke", "Dunne", "Hayes", "Moran", "Smith", "Jones"];
    private static readonly (string City, string Country, string Code, string Continent)[] Places =
    [
        ("Dublin", "Ireland", "IRL", "EU"), ("London", "United Kingdom", "GBR", "EU"), ("Berlin", "Germany", "DEU", "EU"),
        ("San Francisco", "United States", "USA", "NA"), ("Toronto", "Canada", "CAN", "NA"), ("Sydney", "Australia", "AUS", "OC"),
    ];
    private static readonly string[] Browsers = ["chrome", "firefox", "safari", "edge"];
    private static readonly string[] OperatingSystems = ["Windows 11", "OS X 14.4", "Linux", "iOS 17", "Android 14"];
    private static readonly string[] SignupSources = ["website", "referral", "trade_show", "partner"];

    private readonly ObjectIdFormat _ids = new(0x65920081, settings.Seed);
    private readonly List<Contact> _created = [];
    private readonly Dictionary<int, Contact> _changed = [];
    private readonly HashSet<int> _gone = [];
    private readonly HashSet<int> _archived = [];

    /// <summary>Index slots: seeded plus created contacts, including deleted ones (their slot stays empty).</summary>
    public int Count => SeededCount + _created.Count;

    /// <summary>The seeded contacts take slots 0..SeededCount-1 (contact i belongs to company i mod companies).</summary>
    public int SeededCount => settings.ContactCount;

    /// <summary>Contacts that GET /contacts and search return: neither deleted, merged away nor archived.</summary>
    public int ListedCount => Count - _gone.Union(_archived).Count();

    public string IdAt(int index) => _ids.Format(index);

    /// <summary>The contact in that slot as it is now (also when deleted; see <see cref="IsListed"/>).</summary>
    public Contact At(int index) =>
        _changed.TryGetValue(index, out var changed) ? changed
        : index < SeededCount ? Seed(index)
        : _created[index - SeededCount];

    public bool IsListed(int index) => !_gone.Contains(index) && !_archived.Contains(index);

    public bool IsArchived(Contact contact) => _archived.Contains(contact.Index);

    public Contact Create(Func<int, string, Contact> make)
    {
        var index = Count;
        var contact = make(index, IdAt(index));
        _created.Add(contact);
        return contact;
    }

    public void Replace(Contact contact) => _changed[contact.Index] = contact;

    /// <summary>Deleted or merged away: every read of it answers 404 from now on.</summary>
    public void Remove(Contact contact) => _gone.Add(contact.Index);

    public void SetArchived(Contact contact, bool archived)
    {
        if (archived) _archived.Add(contact.Index);
        else _archived.Remove(contact.Index);
    }

    /// <summary>The live contact with that external_id, or the live user with that email (the uniqueness Intercom enforces).</summary>
    public Contact? FindByExternalId(string externalId) => Live().FirstOrDefault(c => c.ExternalId == externalId);

    public Contact? FindUserByEmail(string email) =>
        Live().FirstOrDefault(c => c.Role == "user" && string.Equals(c.Email, email, StringComparison.OrdinalIgnoreCase));

    private IEnumerable<Contact> Live()
    {
        for (var index = 0; index < Count; index++)
            if (!_gone.Contains(index))
                yield return At(index);
    }

    private Contact Seed(int index)
    {
        var seed = settings.Seed;
        var isLead = index % 5 == 4;
        var first = Seeded.Pick(seed, index, 11, FirstNames);
        var last = Seeded.Pick(seed, index, 12, LastNames);
        var place = Seeded.Pick(seed, index, 13, Places);
        var createdAt = Seeded.BaseTime + index * 30L;
        return new Contact(
            Index: index,
            Id: IdAt(index),
            Role: isLead ? "lead" : "user",
            ExternalId: isLead ? null : $"user-{index + 1:D6}",
            Email: isLead && index % 10 == 9 ? null : $"{first}.{last}.{index + 1}@example.com".ToLowerInvariant(),
            Phone: index % 3 == 0 ? $"+35315{index % 1_000_000:D6}" : null,
            Name: $"{first} {last}",
            CreatedAt: createdAt,
            UpdatedAt: createdAt + Seeded.Between(seed, index, 14, 0, 86_400 * 30),
            SignedUpAt: isLead ? null : createdAt,
            LastSeenAt: createdAt + Seeded.Between(seed, index, 15, 0, 86_400 * 90),
            City: place.City,
            Country: place.Country,
            CountryCode: place.Code,
            ContinentCode: place.Continent,
            Browser: Seeded.Pick(seed, index, 16, Browsers),
            Os: Seeded.Pick(seed, index, 17, OperatingSystems),
            SignupSource: Seeded.Pick(seed, index, 18, SignupSources),
            CompanyId: companies.Count > 0 ? companies.IdAt(index % companies.Count) : null);
    }

    /// <summary>A contact by Intercom id; null when unknown, deleted or merged away (archived ones are found).</summary>
    public Contact? FindById(string id) => _ids.TryParse(id, Count, out var index) && !_gone.Contains(index) ? At(index) : null;
}
