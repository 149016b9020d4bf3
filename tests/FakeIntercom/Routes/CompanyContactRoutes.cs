using FakeIntercom.Http;
using FakeIntercom.Json;
using FakeIntercom.State;

namespace FakeIntercom.Routes;

/// <summary>POST /contacts/{id}/companies (body {id}: the company's Intercom id) and DELETE /contacts/{id}/companies/{company_id}.</summary>
public static class CompanyContactRoutes
{
    public static void Map(IEndpointRouteBuilder app, Workspace workspace)
    {
        app.MapPost("/contacts/{contact_id}/companies", Handler.Of(context =>
        {
            var companyId = RequestJson.Parse(context).GetText("id");
            if (companyId is null)
                return ApiErrors.Result(400, "parameter_not_found", "company not specified");
            return Change(context.Route("contact_id"), companyId, workspace, (memberships, contact, company) => memberships.Attach(contact, company));
        }));

        app.MapDelete("/contacts/{contact_id}/companies/{company_id}", Handler.Of(context =>
            Change(context.Route("contact_id"), context.Route("company_id"), workspace, (memberships, contact, company) => memberships.Detach(contact, company))));
    }

    private static IResult Change(string contactId, string companyId, Workspace workspace, Action<CompanyMemberships, Contact, Company> change)
    {
        lock (workspace.Sync)
        {
            var state = workspace.Current;
            if (state.Contacts.FindById(contactId) is not { } contact)
                return ApiErrors.UserNotFound();
            if (state.Companies.FindById(companyId) is not { } company)
                return ApiErrors.CompanyNotFound();
            change(state.CompanyMemberships, contact, company);
            return Results.Json(CompanyJson.Company(company, state));
        }
    }
}
