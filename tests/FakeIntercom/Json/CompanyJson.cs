using FakeIntercom.State;

namespace FakeIntercom.Json;

public static class CompanyJson
{
    public static object Company(Company company, WorkspaceState state) => new
    {
        type = "company",
        id = company.Id,
        app_id = "fakeapp1",
        name = company.Name,
        company_id = company.CompanyId,
        remote_created_at = company.RemoteCreatedAt,
        created_at = company.CreatedAt,
        updated_at = company.UpdatedAt,
        last_request_at = company.LastRequestAt,
        // The fake has no plan table: a plan's id is its name in lower case. No plan is {} as in Intercom's answers.
        plan = company.PlanName is { } plan ? new { type = "plan", id = plan.ToLowerInvariant(), name = plan } : (object)new { },
        size = company.Size,
        website = company.Website,
        industry = company.Industry,
        monthly_spend = company.MonthlySpend,
        session_count = company.SessionCount,
        user_count = state.CompanyMemberships.CountOf(company),
        custom_attributes = company.CustomAttributes,
        tags = new { type = "tag.list", tags = TagJson.AppliedTo(state.CompanyTags.TagsOf(company.Id), state.Tags) },
        segments = new { type = "segment.list", segments = Segments.Of(company).Select(s => SegmentJson.Segment(s)).ToArray() },
    };

    /// <summary>deleted_company_object.</summary>
    public static object Deleted(Company company) => new { id = company.Id, @object = "company", deleted = true };
}
