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
        remote_created_at = company.CreatedAt,
        created_at = company.CreatedAt,
        updated_at = company.UpdatedAt,
        last_request_at = company.LastRequestAt,
        plan = new { type = "plan", id = company.PlanId, name = company.PlanName },
        size = company.Size,
        website = company.Website,
        industry = company.Industry,
        monthly_spend = company.MonthlySpend,
        session_count = company.SessionCount,
        user_count = company.UserCount,
        custom_attributes = new { account_tier = company.AccountTier },
        tags = new { type = "tag.list", tags = TagJson.AppliedTo(state.CompanyTags.TagsOf(company.Id), state.Tags) },
        segments = new { type = "segment.list", segments = Array.Empty<object>() },
    };
}
