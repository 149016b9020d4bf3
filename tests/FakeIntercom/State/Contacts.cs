namespace FakeIntercom.State;

/// <summary>One seeded contact's fixed attributes (tags and subscriptions live in the workspace's overlays).</summary>
public sealed record Contact(
    int Index, string Id, string Role, string? ExternalId, string? Email, string? Phone, string Name,
    long CreatedAt, long UpdatedAt, long? SignedUpAt, long LastSeenAt, string City, string Country, string CountryCode,
    string ContinentCode, string Browser, string Os, string SignupSource, string? CompanyId);

/// <summary>
/// The seeded contacts, generated on demand from their index so 300,000 of them cost no memory:
/// every fifth is a lead (no external_id), the rest are users; contact i belongs to company i mod companies.
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

    public int Count => settings.ContactCount;

    public string IdAt(int index) => _ids.Format(index);

    public Contact At(int index)
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

    public Contact? FindById(string id) => _ids.TryParse(id, Count, out var index) ? At(index) : null;
}
