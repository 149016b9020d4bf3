using System.Text.Json;
using FakeIntercom.Http;
using FakeIntercom.Json;
using FakeIntercom.State;

namespace FakeIntercom.Routes;

/// <summary>GET /tags, GET /tags/{id}, DELETE /tags/{id}, and the polymorphic POST /tags.</summary>
public static class TagRoutes
{
    public static void Map(IEndpointRouteBuilder app, Workspace workspace)
    {
        app.MapGet("/tags", Handler.Of(_ =>
        {
            lock (workspace.Sync)
                return Results.Json(TagJson.List(workspace.Current.Tags.All.Select(TagJson.Full).ToArray()));
        }));

        app.MapGet("/tags/{tag_id}", Handler.Of(context =>
        {
            lock (workspace.Sync)
            {
                return workspace.Current.Tags.Find(context.Route("tag_id")) is { } tag
                    ? Results.Json(TagJson.Full(tag))
                    : ApiErrors.NotFound();
            }
        }));

        app.MapDelete("/tags/{tag_id}", Handler.Of(context => Delete(context.Route("tag_id"), workspace)));

        app.MapPost("/tags", Handler.Of(context => CreateUpdateOrApply(RequestJson.Parse(context), workspace)));
    }

    private static IResult Delete(string tagId, Workspace workspace)
    {
        lock (workspace.Sync)
        {
            var state = workspace.Current;
            if (state.Tags.Find(tagId) is not { } tag)
                return ApiErrors.NotFound();

            var dependents = state.AllAssignments
                .Select(a => (a.Kind, Count: a.Assignments.TargetsOf(tagId).Count))
                .Where(d => d.Count > 0)
                .Select(d => $"{d.Kind}: {d.Count}")
                .ToArray();
            if (dependents.Length > 0)
                return ApiErrors.Result(400, "tag_has_dependent_objects", $"Unable to delete Tag with dependent objects. {string.Join(", ", dependents)}.");

            state.Tags.Remove(tag);
            return Results.Ok();
        }
    }

    /// <summary>
    /// {name} finds or creates a tag; {name, id} renames tag id; {name, companies:[{id}|{company_id}, "untag"?]}
    /// tags (or untags) companies; {name, users:[{id}]} tags contacts. Answers tag_basic.
    /// </summary>
    private static IResult CreateUpdateOrApply(JsonElement body, Workspace workspace)
    {
        var name = body.GetText("name");
        if (string.IsNullOrWhiteSpace(name))
            return ApiErrors.ParameterInvalid("invalid tag parameters");
        var companies = body.GetArray("companies");
        var users = body.GetArray("users");

        lock (workspace.Sync)
        {
            var state = workspace.Current;
            if (body.GetText("id") is { } renameId && companies is null && users is null)
                return Rename(state, renameId, name);
            if (companies is null && users is null)
                return Results.Json(TagJson.Basic(FindOrCreate(state, name)));

            var companyChanges = new List<(Company Company, bool Untag)>();
            foreach (var item in companies ?? [])
            {
                var company = item.GetText("id") is { } id ? state.Companies.FindById(id)
                    : item.GetText("company_id") is { } companyId ? state.Companies.FindByCompanyId(companyId)
                    : null;
                if (company is null)
                    return ApiErrors.CompanyNotFound();
                companyChanges.Add((company, item.GetBool("untag") == true));
            }
            var contactIds = new List<string>();
            foreach (var item in users ?? [])
            {
                if (item.GetText("id") is not { } id || state.Contacts.FindById(id) is null)
                    return ApiErrors.UserNotFound();
                contactIds.Add(id);
            }

            var onlyUntags = contactIds.Count == 0 && companyChanges.All(c => c.Untag);
            var tag = state.Tags.FindByName(name);
            if (tag is null && onlyUntags)
                return ApiErrors.NotFound();
            tag ??= FindOrCreate(state, name);

            var applied = new TagApplication(Clock.NowUnix(), state.Admins.Me.Id);
            foreach (var (company, untag) in companyChanges)
            {
                if (untag)
                    state.CompanyTags.Remove(company.Id, tag.Id);
                else
                    state.CompanyTags.Apply(company.Id, tag.Id, applied);
            }
            foreach (var contactId in contactIds)
                state.ContactTags.Apply(contactId, tag.Id, applied);

            state.BulkTagRequests.Add(new
            {
                tag_id = tag.Id,
                tag_name = tag.Name,
                companies_tagged = companyChanges.Count(c => !c.Untag),
                companies_untagged = companyChanges.Count(c => c.Untag),
                users_tagged = contactIds.Count,
            });
            return Results.Json(TagJson.Basic(tag));
        }
    }

    private static IResult Rename(WorkspaceState state, string tagId, string name)
    {
        if (state.Tags.Find(tagId) is not { } tag)
            return ApiErrors.NotFound();
        if (state.Tags.FindByName(name) is { } other && other != tag)
            return ApiErrors.ParameterInvalid($"A tag named '{name}' already exists");
        tag.Name = name;
        return Results.Json(TagJson.Basic(tag));
    }

    private static Tag FindOrCreate(WorkspaceState state, string name) =>
        state.Tags.FindByName(name) ?? state.Tags.Create(name, Clock.NowUnix(), state.Admins.Me.Id);
}
