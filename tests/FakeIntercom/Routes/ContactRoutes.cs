using System.Text.Json;
using System.Text.Json.Nodes;
using FakeIntercom.Http;
using FakeIntercom.Json;
using FakeIntercom.Search;
using FakeIntercom.State;

namespace FakeIntercom.Routes;

/// <summary>
/// Contacts: list (cursor paging), search, create, get, update, delete, merge, archive and unarchive; a contact's
/// tags (list, add, remove), companies and segments.
/// </summary>
public static class ContactRoutes
{
    private const int DefaultPerPage = 50;
    private const int MaxPerPage = 150;
    private const int DefaultCompaniesPerPage = 15;
    private const string CursorKind = "contacts";
    private const string SearchCursorKind = "contacts-search";

    public static void Map(IEndpointRouteBuilder app, Workspace workspace)
    {
        app.MapGet("/contacts", Handler.Of(context => List(context, workspace)));

        app.MapPost("/contacts", Handler.Of(context => Create(context, workspace)));

        app.MapPost("/contacts/search", Handler.Of(context => Search(context, workspace)));

        app.MapPost("/contacts/merge", Handler.Of(context => Merge(context, workspace)));

        app.MapGet("/contacts/{contact_id}", Handler.Of(context =>
            WithContact(context, workspace, (contact, state) => Results.Json(ContactJson.Contact(contact, state)))));

        app.MapPut("/contacts/{contact_id}", Handler.Of(context => Update(context, workspace)));

        app.MapDelete("/contacts/{contact_id}", Handler.Of(context =>
            WithContact(context, workspace, (contact, state) =>
            {
                foreach (var tagId in state.ContactTags.TagsOf(contact.Id).Keys.ToList())
                    state.ContactTags.Remove(contact.Id, tagId);
                state.Contacts.Remove(contact);
                return Results.Json(ContactJson.Deleted(contact));
            })));

        app.MapPost("/contacts/{contact_id}/archive", Handler.Of(context =>
            WithContact(context, workspace, (contact, state) =>
            {
                state.Contacts.SetArchived(contact, true);
                return Results.Json(ContactJson.ArchiveState(contact, archived: true));
            })));

        app.MapPost("/contacts/{contact_id}/unarchive", Handler.Of(context =>
            WithContact(context, workspace, (contact, state) =>
            {
                state.Contacts.SetArchived(contact, false);
                return Results.Json(ContactJson.ArchiveState(contact, archived: false));
            })));

        app.MapGet("/contacts/{contact_id}/companies", Handler.Of(context => Companies(context, workspace)));

        app.MapGet("/contacts/{contact_id}/segments", Handler.Of(context =>
            WithContact(context, workspace, (contact, _) =>
                Results.Json(new { type = "list", data = ContactSegments.Of(contact).Select(ContactJson.Segment).ToArray() }))));

        app.MapGet("/contacts/{contact_id}/tags", Handler.Of(context =>
            WithContact(context, workspace, (contact, state) =>
                Results.Json(TagJson.List(TagJson.AppliedTo(state.ContactTags.TagsOf(contact.Id), state.Tags))))));

        app.MapPost("/contacts/{contact_id}/tags", Handler.Of(context =>
        {
            var tagId = RequestJson.Parse(context).GetText("id");
            if (tagId is null)
                return ApiErrors.ParameterInvalid("id is required");
            return ChangeTag(context.Route("contact_id"), tagId, workspace, attach: true);
        }));

        app.MapDelete("/contacts/{contact_id}/tags/{tag_id}", Handler.Of(context =>
            ChangeTag(context.Route("contact_id"), context.Route("tag_id"), workspace, attach: false)));
    }

    /// <summary>Runs <paramref name="handle"/> under the lock with the path's contact, or answers 404 "User Not Found".</summary>
    private static IResult WithContact(HttpContext context, Workspace workspace, Func<Contact, WorkspaceState, IResult> handle)
    {
        lock (workspace.Sync)
        {
            var state = workspace.Current;
            return state.Contacts.FindById(context.Route("contact_id")) is { } contact ? handle(contact, state) : ApiErrors.UserNotFound();
        }
    }

    /// <summary>
    /// Pages in creation order, leaving out deleted, merged and archived contacts. starting_after is an opaque cursor
    /// naming the next slot; pages.next is present only while more contacts remain. per_page defaults to 50 and may
    /// not exceed 150.
    /// </summary>
    private static IResult List(HttpContext context, Workspace workspace)
    {
        if (CursorPage.FromQuery(context, CursorKind, DefaultPerPage, MaxPerPage, out var paging) is { } invalid)
            return invalid;

        lock (workspace.Sync)
        {
            var state = workspace.Current;
            var catalog = state.Contacts;
            var data = new List<object>(paging.PerPage);
            var slot = paging.Offset;
            for (; slot < catalog.Count && data.Count < paging.PerPage; slot++)
                if (catalog.IsListed(slot))
                    data.Add(ContactJson.Contact(catalog.At(slot), state));
            while (slot < catalog.Count && !catalog.IsListed(slot))
                slot++;

            var total = catalog.ListedCount;
            var pages = paging.Pages(total, next: slot < catalog.Count ? slot : null);
            return Results.Json(new { type = "list", data, total_count = total, pages });
        }
    }

    /// <summary>
    /// POST /contacts/search {query, pagination: {per_page, starting_after}}: every listed contact the query matches,
    /// in creation order. Fields are the contact's JSON fields (dotted for location.* and custom_attributes.*), plus
    /// tag_id and segment_id.
    /// </summary>
    private static IResult Search(HttpContext context, Workspace workspace)
    {
        if (SearchRequest.Read(RequestJson.Parse(context), SearchCursorKind, DefaultPerPage, MaxPerPage, out var query, out var paging) is { } invalid)
            return invalid;

        lock (workspace.Sync)
        {
            var state = workspace.Current;
            var catalog = state.Contacts;
            var data = new List<object>(paging.PerPage);
            var total = 0;
            for (var slot = 0; slot < catalog.Count; slot++)
            {
                if (!catalog.IsListed(slot)) continue;
                var contact = catalog.At(slot);
                var json = ContactJson.Contact(contact, state);
                var node = JsonSerializer.SerializeToNode(json);
                if (!SearchQuery.Matches(query, field => FieldValues(field, contact, node, state))) continue;
                if (total >= paging.Offset && data.Count < paging.PerPage) data.Add(json);
                total++;
            }
            return Results.Json(new { type = "list", data, total_count = total, pages = paging.Pages(total) });
        }
    }

    private static IReadOnlyList<JsonNode?> FieldValues(string field, Contact contact, JsonNode? node, WorkspaceState state) => field switch
    {
        "tag_id" => state.ContactTags.TagsOf(contact.Id).Keys.Select(id => (JsonNode?)JsonValue.Create(id)).ToList(),
        "segment_id" => ContactSegments.Of(contact).Select(s => (JsonNode?)JsonValue.Create(s.Id)).ToList(),
        _ => [SearchQuery.Path(node, field)],
    };

    /// <summary>POST /contacts: needs email, external_id or role; the role defaults to user. 409 when the user already exists.</summary>
    private static IResult Create(HttpContext context, Workspace workspace)
    {
        var body = RequestJson.Parse(context);
        if (body.ValueKind != JsonValueKind.Object || !(body.TryGet("email", out _) || body.TryGet("external_id", out _) || body.TryGet("role", out _)))
            return ApiErrors.ParameterInvalid("email, external_id or role is required");

        lock (workspace.Sync)
        {
            var state = workspace.Current;
            var now = Clock.NowUnix();
            var draft = new Contact(-1, "", "user", null, null, null, null, now, now, null, null, null, null, null, null, null, null, null, null)
            {
                CustomAttributes = new Dictionary<string, object?>(),
            };
            if (ContactChanges.Apply(draft, body, out var contact) is { } invalid)
                return invalid;
            if (Conflict(state.Contacts, contact, exceptId: null) is { } conflict)
                return conflict;
            var created = state.Contacts.Create((index, id) => contact with { Index = index, Id = id });
            return Results.Json(ContactJson.Contact(created, state));
        }
    }

    /// <summary>PUT /contacts/{id}: changes the fields sent (null clears one); custom_attributes are merged key by key.</summary>
    private static IResult Update(HttpContext context, Workspace workspace)
    {
        var body = RequestJson.Parse(context);
        if (body.ValueKind != JsonValueKind.Object)
            return ApiErrors.ParameterInvalid("the body must be a JSON object");
        return WithContact(context, workspace, (contact, state) =>
        {
            if (ContactChanges.Apply(contact, body, out var changed) is { } invalid)
                return invalid;
            if (Conflict(state.Contacts, changed, exceptId: contact.Id) is { } conflict)
                return conflict;
            changed = changed with { UpdatedAt = Clock.NowUnix() };
            state.Contacts.Replace(changed);
            return Results.Json(ContactJson.Contact(changed, state));
        });
    }

    /// <summary>Intercom keeps external_id unique, and email unique among users.</summary>
    private static IResult? Conflict(ContactCatalog catalog, Contact contact, string? exceptId)
    {
        var existing = (contact.ExternalId is { } externalId ? catalog.FindByExternalId(externalId) : null)
            ?? (contact.Role == "user" && contact.Email is { } email ? catalog.FindUserByEmail(email) : null);
        return existing is not null && existing.Id != exceptId
            ? ApiErrors.Result(409, "conflict", $"A contact matching those details already exists with id={existing.Id}")
            : null;
    }

    /// <summary>POST /contacts/merge {from, into}: the lead goes away, its tags move to the user, which is returned.</summary>
    private static IResult Merge(HttpContext context, Workspace workspace)
    {
        var body = RequestJson.Parse(context);
        if (body.GetText("from") is not { } fromId || body.GetText("into") is not { } intoId)
            return ApiErrors.ParameterInvalid("from and into are required");
        lock (workspace.Sync)
        {
            var state = workspace.Current;
            if (state.Contacts.FindById(fromId) is not { } lead || state.Contacts.FindById(intoId) is not { } user)
                return ApiErrors.UserNotFound();
            if (lead.Role != "lead")
                return ApiErrors.ParameterInvalid($"from ({fromId}) must be a lead");
            if (user.Role != "user")
                return ApiErrors.ParameterInvalid($"into ({intoId}) must be a user");
            foreach (var (tagId, application) in state.ContactTags.TagsOf(lead.Id).ToList())
            {
                state.ContactTags.Apply(user.Id, tagId, application);
                state.ContactTags.Remove(lead.Id, tagId);
            }
            state.Contacts.Remove(lead);
            var merged = user with { Email = user.Email ?? lead.Email, Phone = user.Phone ?? lead.Phone, UpdatedAt = Clock.NowUnix() };
            state.Contacts.Replace(merged);
            return Results.Json(ContactJson.Contact(merged, state));
        }
    }

    /// <summary>GET /contacts/{id}/companies?page=&amp;per_page=: the items under data (as Intercom answers, not the schema's companies), pages.next a URL.</summary>
    private static IResult Companies(HttpContext context, Workspace workspace)
    {
        if (!context.TryQueryInt("page", 1, out var page) || !context.TryQueryInt("per_page", DefaultCompaniesPerPage, out var perPage))
            return ApiErrors.ParameterInvalid("page and per_page must be positive integers");
        return WithContact(context, workspace, (contact, state) =>
        {
            var all = contact.CompanyId is { } companyId && state.Companies.FindById(companyId) is { } company ? new[] { company } : [];
            var totalPages = (all.Length + perPage - 1) / perPage;
            var data = all.Skip((page - 1) * perPage).Take(perPage).Select(c => CompanyJson.Company(c, state)).ToArray();
            return Results.Json(new
            {
                type = "list",
                data,
                pages = new
                {
                    type = "pages",
                    next = page < totalPages ? PageLinks.NextPageUrl(context.Request, page + 1) : null,
                    page,
                    per_page = perPage,
                    total_pages = totalPages,
                },
                total_count = all.Length,
            });
        });
    }

    private static IResult ChangeTag(string contactId, string tagId, Workspace workspace, bool attach)
    {
        lock (workspace.Sync)
        {
            var state = workspace.Current;
            if (state.Contacts.FindById(contactId) is null)
                return ApiErrors.UserNotFound();
            if (state.Tags.Find(tagId) is not { } tag)
                return ApiErrors.NotFound();

            var application = state.ContactTags.TagsOf(contactId).GetValueOrDefault(tagId)
                ?? new TagApplication(Clock.NowUnix(), state.Admins.Me.Id);
            if (attach)
                state.ContactTags.Apply(contactId, tagId, application);
            else
                state.ContactTags.Remove(contactId, tagId);
            return Results.Json(TagJson.Applied(tag, application));
        }
    }
}
