namespace FakeIntercom.State;

/// <summary>One company as it is now (its tags live in the workspace's company tag assignments, its contacts in the memberships).</summary>
public sealed record Company(
    int Index, string Id, string CompanyId, string? Name, long CreatedAt, long UpdatedAt, long? LastRequestAt, long? RemoteCreatedAt,
    string? PlanName, int? Size, string? Website, string? Industry, int MonthlySpend, int SessionCount,
    IReadOnlyDictionary<string, object?> CustomAttributes);

/// <summary>
/// The companies: the seeded ones, generated on demand from their index (names "Acme 0001", "Globex 0002",
/// "Initech 0003", …; company_id "ext-0001", …), plus those created, changed and deleted through the API.
/// A company's index never changes; the live list is every index in creation order, less the deleted ones.
/// </summary>
public sealed class CompanyCatalog(SeedSettings settings)
{
    private static readonly string[] NamePrefixes = ["Acme", "Globex", "Initech", "Umbrella", "Hooli"];
    private static readonly string[] Industries = ["Software", "Manufacturing", "Retail", "Finance", "Healthcare"];
    private static readonly string[] PlanNames = ["Starter", "Pro", "Enterprise"];
    private static readonly string[] Tiers = ["bronze", "silver", "gold"];
    private const string CompanyIdPrefix = "ext-";

    private readonly ObjectIdFormat _ids = new(0x65920080, settings.Seed);
    private readonly List<Company> _created = [];
    private readonly Dictionary<int, Company> _changed = [];
    private readonly SortedSet<int> _deleted = [];

    /// <summary>How many companies were seeded (contact i belongs to seeded company i mod Count).</summary>
    public int Count => settings.CompanyCount;

    /// <summary>How many companies exist now: seeded and created, less the deleted ones.</summary>
    public int LiveCount => Count + _created.Count - _deleted.Count;

    public string IdAt(int index) => _ids.Format(index);

    /// <summary>The company at a position of the live list (creation order).</summary>
    public Company AtPosition(int position)
    {
        var index = position;
        foreach (var deleted in _deleted)
        {
            if (deleted > index) break;
            index++;
        }
        return At(index);
    }

    /// <summary>Every live company in creation order, generated as it is enumerated.</summary>
    public IEnumerable<Company> Live() => Enumerable.Range(0, LiveCount).Select(AtPosition);

    public Company? FindById(string id) =>
        _ids.TryParse(id, Count + _created.Count, out var index) ? LiveAt(index) : null;

    public Company? FindByCompanyId(string companyId)
    {
        if (companyId.StartsWith(CompanyIdPrefix, StringComparison.Ordinal) && TryIndexOfNumber(companyId[CompanyIdPrefix.Length..], out var seeded))
            return LiveAt(seeded) is { } company && company.CompanyId == companyId ? company : null;
        var created = _created.FindIndex(c => c.CompanyId == companyId);
        return created < 0 ? null : LiveAt(Count + created);
    }

    /// <summary>Names are matched without regard to case; a renamed company is found by its new name only.</summary>
    public Company? FindByName(string name)
    {
        var space = name.LastIndexOf(' ');
        var seeded = space > 0 && TryIndexOfNumber(name[(space + 1)..], out var index) ? LiveAt(index) : null;
        return new[] { seeded }.Concat(_changed.Keys.Concat(Enumerable.Range(Count, _created.Count)).Select(LiveAt))
            .FirstOrDefault(c => c is not null && string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A new company with only its company_id; the caller fills in the rest with <see cref="Replace"/>.</summary>
    public Company Create(string companyId, long now)
    {
        var index = Count + _created.Count;
        var company = new Company(index, IdAt(index), companyId, Name: null, CreatedAt: now, UpdatedAt: now, LastRequestAt: null,
            RemoteCreatedAt: null, PlanName: null, Size: null, Website: null, Industry: null, MonthlySpend: 0, SessionCount: 0,
            CustomAttributes: new Dictionary<string, object?>());
        _created.Add(company);
        return company;
    }

    public void Replace(Company company) => _changed[company.Index] = company;

    public void Delete(Company company) => _deleted.Add(company.Index);

    private Company? LiveAt(int index) => _deleted.Contains(index) ? null : At(index);

    private Company At(int index) =>
        _changed.TryGetValue(index, out var changed) ? changed : index < Count ? Generate(index) : _created[index - Count];

    private Company Generate(int index)
    {
        var seed = settings.Seed;
        var number = (index + 1).ToString("D4");
        var prefix = NamePrefixes[index % NamePrefixes.Length];
        var createdAt = Seeded.BaseTime + index * 60L;
        return new Company(
            Index: index,
            Id: IdAt(index),
            CompanyId: CompanyIdPrefix + number,
            Name: $"{prefix} {number}",
            CreatedAt: createdAt,
            UpdatedAt: createdAt + Seeded.Between(seed, index, 1, 0, 86_400 * 30),
            LastRequestAt: createdAt + Seeded.Between(seed, index, 2, 0, 86_400 * 60),
            RemoteCreatedAt: createdAt,
            PlanName: Seeded.Pick(seed, index, 3, PlanNames),
            Size: Seeded.Between(seed, index, 4, 5, 5000),
            Website: $"https://{prefix.ToLowerInvariant()}{number}.example.com",
            Industry: Seeded.Pick(seed, index, 5, Industries),
            MonthlySpend: Seeded.Between(seed, index, 6, 0, 5000),
            SessionCount: Seeded.Between(seed, index, 7, 0, 2000),
            CustomAttributes: new Dictionary<string, object?> { ["account_tier"] = Seeded.Pick(seed, index, 8, Tiers) });
    }

    private bool TryIndexOfNumber(string number, out int index) =>
        int.TryParse(number, out index) && --index >= 0 && index < Count;
}
