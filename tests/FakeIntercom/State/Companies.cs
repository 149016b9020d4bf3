namespace FakeIntercom.State;

/// <summary>One seeded company's fixed attributes (its tags live in the workspace's company tag assignments).</summary>
public sealed record Company(
    int Index, string Id, string CompanyId, string Name, long CreatedAt, long UpdatedAt, long LastRequestAt,
    string PlanId, string PlanName, int Size, string Website, string Industry, int MonthlySpend, int SessionCount,
    int UserCount, string AccountTier);

/// <summary>
/// The seeded companies, generated on demand from their index: names "Acme 0001", "Globex 0002", "Initech 0003", …;
/// company_id "ext-0001", …; contacts are spread over them round-robin (contact i belongs to company i mod N).
/// </summary>
public sealed class CompanyCatalog(SeedSettings settings)
{
    private static readonly string[] NamePrefixes = ["Acme", "Globex", "Initech", "Umbrella", "Hooli"];
    private static readonly string[] Industries = ["Software", "Manufacturing", "Retail", "Finance", "Healthcare"];
    private static readonly (string Id, string Name)[] Plans = [("1", "Starter"), ("2", "Pro"), ("3", "Enterprise")];
    private static readonly string[] Tiers = ["bronze", "silver", "gold"];
    private const string CompanyIdPrefix = "ext-";

    private readonly ObjectIdFormat _ids = new(0x65920080, settings.Seed);

    public int Count => settings.CompanyCount;

    public string IdAt(int index) => _ids.Format(index);

    public Company At(int index)
    {
        var seed = settings.Seed;
        var number = (index + 1).ToString("D4");
        var prefix = NamePrefixes[index % NamePrefixes.Length];
        var createdAt = Seeded.BaseTime + index * 60L;
        var plan = Seeded.Pick(seed, index, 3, Plans);
        return new Company(
            Index: index,
            Id: IdAt(index),
            CompanyId: CompanyIdPrefix + number,
            Name: $"{prefix} {number}",
            CreatedAt: createdAt,
            UpdatedAt: createdAt + Seeded.Between(seed, index, 1, 0, 86_400 * 30),
            LastRequestAt: createdAt + Seeded.Between(seed, index, 2, 0, 86_400 * 60),
            PlanId: plan.Id,
            PlanName: plan.Name,
            Size: Seeded.Between(seed, index, 4, 5, 5000),
            Website: $"https://{prefix.ToLowerInvariant()}{number}.example.com",
            Industry: Seeded.Pick(seed, index, 5, Industries),
            MonthlySpend: Seeded.Between(seed, index, 6, 0, 5000),
            SessionCount: Seeded.Between(seed, index, 7, 0, 2000),
            UserCount: ContactsOf(index),
            AccountTier: Seeded.Pick(seed, index, 8, Tiers));
    }

    public Company? FindById(string id) => _ids.TryParse(id, Count, out var index) ? At(index) : null;

    public Company? FindByCompanyId(string companyId) =>
        companyId.StartsWith(CompanyIdPrefix, StringComparison.Ordinal) && TryIndexOfNumber(companyId[CompanyIdPrefix.Length..], out var index)
            ? MatchOrNull(At(index), c => c.CompanyId == companyId)
            : null;

    public Company? FindByName(string name)
    {
        var space = name.LastIndexOf(' ');
        return space > 0 && TryIndexOfNumber(name[(space + 1)..], out var index)
            ? MatchOrNull(At(index), c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase))
            : null;
    }

    private int ContactsOf(int index) =>
        settings.ContactCount / Count + (index < settings.ContactCount % Count ? 1 : 0);

    private bool TryIndexOfNumber(string number, out int index) =>
        int.TryParse(number, out index) && --index >= 0 && index < Count;

    private static Company? MatchOrNull(Company company, Func<Company, bool> matches) => matches(company) ? company : null;
}
