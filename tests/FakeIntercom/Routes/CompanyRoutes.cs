using FakeIntercom.Http;
using FakeIntercom.Json;
using FakeIntercom.State;

namespace FakeIntercom.Routes;

/// <summary>
/// The company reads: GET /companies/{id}, GET /companies (lookup or filtered list), POST /companies/list,
/// GET /companies/scroll, and a company's contacts and segments.
/// </summary>
public static class CompanyRoutes
{
    private const int ScrollPageSize = 50;
    private const string ScrollCursorKind = "companies-scroll-";

    public static void Map(IEndpointRouteBuilder app, Workspace workspace)
    {
        app.MapGet("/companies/{company_id}", Handler.Of(context =>
            WithCompany(context, workspace, (company, state) => Results.Json(CompanyJson.Company(company, state)))));

        app.MapGet("/companies", Handler.Of(context => Retrieve(context, workspace)));

        app.MapPost("/companies/list", Handler.Of(context => List(context, workspace)));

        app.MapGet("/companies/scroll", Handler.Of(context => Scroll(context, workspace)));

        app.MapGet("/companies/{company_id}/contacts", Handler.Of(context =>
            WithCompany(context, workspace, (company, state) =>
            {
                var total = state.CompanyMemberships.CountOf(company);
                return NumberedPage.Of(context, total, range =>
                    state.CompanyMemberships.ContactsOf(company).Take(range).Select(contact => ContactJson.Contact(contact, state)));
            })));

        app.MapGet("/companies/{company_id}/segments", Handler.Of(context =>
            WithCompany(context, workspace, (company, _) =>
                Results.Json(new { type = "list", data = Segments.Of(company).Select(s => SegmentJson.Segment(s)).ToArray() }))));
    }

    /// <summary>Runs <paramref name="handle"/> on the company of the route's {company_id} (Intercom's id), or answers 404.</summary>
    public static IResult WithCompany(HttpContext context, Workspace workspace, Func<Company, WorkspaceState, IResult> handle)
    {
        lock (workspace.Sync)
        {
            var state = workspace.Current;
            return state.Companies.FindById(context.Route("company_id")) is { } company ? handle(company, state) : ApiErrors.CompanyNotFound();
        }
    }

    /// <summary>?name= or ?company_id= answer one company (or 404); ?tag_id= or ?segment_id= a page of the companies in it.</summary>
    private static IResult Retrieve(HttpContext context, Workspace workspace)
    {
        var name = context.Query("name");
        var companyId = context.Query("company_id");
        lock (workspace.Sync)
        {
            var state = workspace.Current;
            if (name is not null || companyId is not null)
            {
                var company = companyId is not null ? state.Companies.FindByCompanyId(companyId) : state.Companies.FindByName(name!);
                return company is not null ? Results.Json(CompanyJson.Company(company, state)) : ApiErrors.CompanyNotFound();
            }
            var members = context.Query("segment_id") is { } segmentId
                ? Segments.Find(segmentId) is { } segment ? state.Companies.Live().Where(c => Segments.Contains(segment, c)).ToList() : []
                : state.CompanyTags.TargetsOf(context.Query("tag_id") ?? string.Empty).Select(state.Companies.FindById).OfType<Company>().ToList();
            return NumberedPage.Of(context, members.Count, range => members.Take(range).Select(c => CompanyJson.Company(c, state)));
        }
    }

    /// <summary>Every live company, page by page, in creation order: desc by default, ?order=asc.</summary>
    private static IResult List(HttpContext context, Workspace workspace)
    {
        var ascending = string.Equals(context.Query("order"), "asc", StringComparison.OrdinalIgnoreCase);
        lock (workspace.Sync)
        {
            var state = workspace.Current;
            var total = state.Companies.LiveCount;
            return NumberedPage.Of(context, total, range =>
                Enumerable.Range(range.Start.Value, range.End.Value - range.Start.Value)
                    .Select(p => state.Companies.AtPosition(ascending ? p : total - 1 - p))
                    .Select(c => CompanyJson.Company(c, state)));
        }
    }

    /// <summary>
    /// Pages of 50 in creation order; scroll_param names the scroll and the next offset; past the end data is empty
    /// and the scroll closes. A new scroll while another is open (used within the last minute) is refused.
    /// </summary>
    private static IResult Scroll(HttpContext context, Workspace workspace)
    {
        var token = context.Query("scroll_param");
        lock (workspace.Sync)
        {
            var state = workspace.Current;
            var now = DateTimeOffset.UtcNow;
            int generation, offset = 0;
            if (string.IsNullOrEmpty(token))
            {
                if (!state.CompanyScrolls.TryOpen(now, out generation))
                    return ApiErrors.Result(400, "scroll_exists", "scroll already exists for this workspace");
            }
            else
            {
                generation = state.CompanyScrolls.Current(now) ?? 0;
                if (generation == 0 || !Cursor.TryDecode(ScrollCursorKind + generation, token, out offset))
                    return ApiErrors.ParameterInvalid("scroll_param is invalid or has expired");
                state.CompanyScrolls.Touch(now);
            }

            var end = Math.Min(state.Companies.LiveCount, offset + ScrollPageSize);
            var data = Enumerable.Range(offset, Math.Max(0, end - offset))
                .Select(p => CompanyJson.Company(state.Companies.AtPosition(p), state)).ToArray();
            if (data.Length == 0)
                state.CompanyScrolls.Close();
            return Results.Json(new
            {
                type = "list",
                data,
                pages = (object?)null,
                total_count = (int?)null,
                scroll_param = Cursor.Encode(ScrollCursorKind + generation, end),
            });
        }
    }
}
