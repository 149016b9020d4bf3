using System.Text.Json;
using FakeIntercom.Http;
using FakeIntercom.Json;
using FakeIntercom.State;

namespace FakeIntercom.Routes;

/// <summary>POST /companies (create or update by company_id), PUT /companies/{id} and DELETE /companies/{id}.</summary>
public static class CompanyWriteRoutes
{
    public static void Map(IEndpointRouteBuilder app, Workspace workspace)
    {
        app.MapPost("/companies", Handler.Of(context => CreateOrUpdate(RequestJson.Parse(context), workspace)));

        app.MapPut("/companies/{company_id}", Handler.Of(context =>
        {
            var body = RequestJson.Parse(context);
            if (body.TryGet("company_id", out _))
                return ApiErrors.ParameterInvalid("company_id cannot be updated");
            return CompanyFields.Check(body) ?? CompanyRoutes.WithCompany(context, workspace, (company, state) => Save(company, body, state));
        }));

        app.MapDelete("/companies/{company_id}", Handler.Of(context =>
            CompanyRoutes.WithCompany(context, workspace, (company, state) =>
            {
                state.Companies.Delete(company);
                return Results.Json(CompanyJson.Deleted(company));
            })));
    }

    private static IResult CreateOrUpdate(JsonElement body, Workspace workspace)
    {
        if (body.GetText("company_id") is not { Length: > 0 } companyId)
            return ApiErrors.ParameterInvalid("company_id is required");
        if (CompanyFields.Check(body) is { } error)
            return error;
        lock (workspace.Sync)
        {
            var state = workspace.Current;
            var company = state.Companies.FindByCompanyId(companyId) ?? state.Companies.Create(companyId, Clock.NowUnix());
            return Save(company, body, state);
        }
    }

    private static IResult Save(Company company, JsonElement body, WorkspaceState state)
    {
        var changed = CompanyFields.Apply(company, body, Clock.NowUnix());
        state.Companies.Replace(changed);
        return Results.Json(CompanyJson.Company(changed, state));
    }
}

/// <summary>The fields of create_or_update_company_request, checked and applied the way Intercom does.</summary>
public static class CompanyFields
{
    private static readonly HashSet<string> Known =
        ["name", "company_id", "plan", "size", "website", "industry", "custom_attributes", "remote_created_at", "monthly_spend"];

    /// <summary>An error answer for a body Intercom would refuse, or null.</summary>
    public static IResult? Check(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
            return ApiErrors.ParameterInvalid("the body must be a JSON object");
        foreach (var field in body.EnumerateObject())
        {
            if (!Known.Contains(field.Name))
                return ApiErrors.Result(400, "bad_request", $"bad '{field.Name}' parameter");
            var kind = field.Value.ValueKind;
            var valid = field.Name switch
            {
                "size" or "remote_created_at" or "monthly_spend" => kind is JsonValueKind.Number or JsonValueKind.Null,
                "custom_attributes" => kind == JsonValueKind.Object && field.Value.EnumerateObject().All(a => a.Value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array)),
                _ => kind is JsonValueKind.String or JsonValueKind.Null,
            };
            if (!valid)
                return ApiErrors.ParameterInvalid($"{field.Name} has an invalid value");
        }
        return null;
    }

    /// <summary>The company with the body's fields set; custom attributes are merged; monthly_spend keeps whole units only.</summary>
    public static Company Apply(Company company, JsonElement body, long now)
    {
        var attributes = new Dictionary<string, object?>(company.CustomAttributes);
        if (body.TryGet("custom_attributes", out var custom))
            foreach (var attribute in custom.EnumerateObject())
                attributes[attribute.Name] = Plain(attribute.Value);
        return company with
        {
            Name = body.TryGet("name", out var name) ? name.GetString() : company.Name,
            PlanName = body.TryGet("plan", out var plan) ? plan.GetString() : company.PlanName,
            Size = body.TryGet("size", out var size) ? (int?)WholeOrNull(size) : company.Size,
            Website = body.TryGet("website", out var website) ? website.GetString() : company.Website,
            Industry = body.TryGet("industry", out var industry) ? industry.GetString() : company.Industry,
            RemoteCreatedAt = body.TryGet("remote_created_at", out var remote) ? WholeOrNull(remote) : company.RemoteCreatedAt,
            MonthlySpend = body.TryGet("monthly_spend", out var spend) ? (int)(WholeOrNull(spend) ?? 0) : company.MonthlySpend,
            CustomAttributes = attributes,
            UpdatedAt = now,
        };
    }

    private static long? WholeOrNull(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : (long)Math.Truncate(value.GetDouble());

    private static object? Plain(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.TryGetInt64(out var whole) ? whole : value.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
