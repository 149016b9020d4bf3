using FakeIntercom.Http;
using FakeIntercom.Json;
using FakeIntercom.State;
using Microsoft.AspNetCore.WebUtilities;

namespace FakeIntercom.Routes;

/// <summary>GET /companies/{id}, GET /companies (lookup or filtered list), POST /companies/list, GET /companies/scroll.</summary>
public static class CompanyRoutes
{
    private const int DefaultPerPage = 15;
    private const int ScrollPageSize = 50;
    private const string ScrollCursorKind = "companies-scroll";

    public static void Map(IEndpointRouteBuilder app, Workspace workspace)
    {
        app.MapGet("/companies/{company_id}", Handler.Of(context =>
        {
            lock (workspace.Sync)
            {
                var state = workspace.Current;
                return state.Companies.FindById(context.Route("company_id")) is { } company
                    ? Results.Json(CompanyJson.Company(company, state))
                    : ApiErrors.CompanyNotFound();
            }
        }));

        app.MapGet("/companies", Handler.Of(context => Retrieve(context, workspace)));

        app.MapPost("/companies/list", Handler.Of(context => ListPage(context, workspace, taggedWith: null)));

        app.MapGet("/companies/scroll", Handler.Of(context => Scroll(context, workspace)));
    }

    /// <summary>?name= or ?company_id= answer one company (or 404); otherwise a page of companies, optionally filtered.</summary>
    private static IResult Retrieve(HttpContext context, Workspace workspace)
    {
        var name = context.Query("name");
        var companyId = context.Query("company_id");
        if (name is not null || companyId is not null)
        {
            lock (workspace.Sync)
            {
                var state = workspace.Current;
                var company = companyId is not null ? state.Companies.FindByCompanyId(companyId) : state.Companies.FindByName(name!);
                return company is not null ? Results.Json(CompanyJson.Company(company, state)) : ApiErrors.CompanyNotFound();
            }
        }
        if (context.Query("segment_id") is not null)
            return ListPage(context, workspace, taggedWith: string.Empty); // no segments exist, so no company is in one
        return ListPage(context, workspace, taggedWith: context.Query("tag_id"));
    }

    /// <summary>A page-numbered list, ordered by creation (desc by default, ?order=asc), or only the companies tagged <paramref name="taggedWith"/>.</summary>
    private static IResult ListPage(HttpContext context, Workspace workspace, string? taggedWith)
    {
        if (!context.TryQueryInt("page", 1, out var page) || !context.TryQueryInt("per_page", DefaultPerPage, out var perPage))
            return ApiErrors.ParameterInvalid("page and per_page must be positive integers");
        var ascending = string.Equals(context.Query("order"), "asc", StringComparison.OrdinalIgnoreCase);

        lock (workspace.Sync)
        {
            var state = workspace.Current;
            var catalog = state.Companies;
            IReadOnlyList<int> tagged = taggedWith is null
                ? []
                : state.CompanyTags.TargetsOf(taggedWith).Select(id => catalog.FindById(id)!.Index).ToArray();
            var total = taggedWith is null ? catalog.Count : tagged.Count;
            var totalPages = (int)Math.Ceiling(total / (double)perPage);
            var first = (long)(page - 1) * perPage;

            var data = new List<object>();
            for (var position = first; position < Math.Min(total, first + perPage); position++)
            {
                var p = (int)position;
                var index = taggedWith is not null ? tagged[p] : ascending ? p : catalog.Count - 1 - p;
                data.Add(CompanyJson.Company(catalog.At(index), state));
            }

            return Results.Json(new
            {
                type = "list",
                data,
                pages = new
                {
                    type = "pages",
                    next = page < totalPages ? NextPageUrl(context.Request, page + 1) : null,
                    page,
                    per_page = perPage,
                    total_pages = totalPages,
                },
                total_count = total,
            });
        }
    }

    private static string NextPageUrl(HttpRequest request, int nextPage)
    {
        var query = request.Query
            .Where(q => q.Key != "page")
            .Select(q => KeyValuePair.Create(q.Key, (string?)q.Value.ToString()))
            .Append(KeyValuePair.Create("page", (string?)nextPage.ToString()));
        return QueryHelpers.AddQueryString($"{request.Scheme}://{request.Host}{request.Path}", query);
    }

    /// <summary>Pages of 50 in creation order; the scroll_param encodes the next offset; past the end, data is empty.</summary>
    private static IResult Scroll(HttpContext context, Workspace workspace)
    {
        var offset = 0;
        var token = context.Query("scroll_param");
        if (!string.IsNullOrEmpty(token) && !Cursor.TryDecode(ScrollCursorKind, token, out offset))
            return ApiErrors.ParameterInvalid("scroll_param is invalid or has expired");

        lock (workspace.Sync)
        {
            var state = workspace.Current;
            var end = Math.Min(state.Companies.Count, offset + ScrollPageSize);
            var data = new List<object>();
            for (var index = offset; index < end; index++)
                data.Add(CompanyJson.Company(state.Companies.At(index), state));

            return Results.Json(new
            {
                type = "list",
                data,
                pages = (object?)null,
                total_count = (int?)null,
                scroll_param = Cursor.Encode(ScrollCursorKind, Math.Max(end, offset)),
            });
        }
    }
}
