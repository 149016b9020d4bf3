namespace FakeIntercom.State;

public sealed record Segment(string Id, string Name, string PersonType, long CreatedAt, long UpdatedAt);

/// <summary>
/// Three fixed segments: "Active users" (every user contact), "Leads" (every lead) and "Enterprise companies"
/// (the companies on the Enterprise plan, the only segment companies are in).
/// </summary>
public static class Segments
{
    public const string EnterprisePlan = "Enterprise";

    public static readonly Segment ActiveUsers = new("6592008200000000000000a1", "Active users", "user", Seeded.BaseTime, Seeded.BaseTime);
    public static readonly Segment Leads = new("6592008200000000000000a2", "Leads", "contact", Seeded.BaseTime, Seeded.BaseTime);
    public static readonly Segment EnterpriseCompanies = new("6592008200000000000000a3", "Enterprise companies", "user", Seeded.BaseTime, Seeded.BaseTime + 3600);

    public static readonly Segment[] All = [ActiveUsers, Leads, EnterpriseCompanies];

    public static Segment? Find(string id) => Array.Find(All, s => s.Id == id);

    public static bool Contains(Segment segment, Company company) =>
        segment == EnterpriseCompanies && company.PlanName == EnterprisePlan;

    public static Segment[] Of(Company company) => All.Where(s => Contains(s, company)).ToArray();

    /// <summary>How many are in the segment (include_count=true): contacts by role, or companies.</summary>
    public static long CountOf(Segment segment, WorkspaceState state)
    {
        var leads = state.Contacts.Count / 5; // every fifth contact (index 4, 9, …) is a lead
        if (segment == ActiveUsers) return state.Contacts.Count - leads;
        if (segment == Leads) return leads;
        return state.Companies.Live().Count(c => Contains(segment, c));
    }
}
