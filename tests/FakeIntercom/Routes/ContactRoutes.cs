using FakeIntercom.Http;
using FakeIntercom.Json;
using FakeIntercom.State;

namespace FakeIntercom.Routes;

/// <summary>GET /contacts (cursor paging), GET /contacts/{id}, and a contact's tags (list, add, remove).</summary>
public static class ContactRoutes
{
    private const int DefaultPerPage = 50;
    private const int MaxPerPage = 150;
    private const string CursorKind = "contacts";

    public static void Map(IEndpointRouteBuilder app, Workspace workspace)
    {
        app.MapGet("/contacts", Handler.Of(context => List(context, workspace)));

        app.MapGet("/contacts/{contact_id}", Handler.Of(context =>
        {
            lock (workspace.Sync)
            {
                var state = workspace.Current;
                return state.Contacts.FindById(context.Route("contact_id")) is { } contact
                    ? Results.Json(ContactJson.Contact(contact, state))
                    : ApiErrors.UserNotFound();
            }
        }));

        app.MapGet("/contacts/{contact_id}/tags", Handler.Of(context =>
        {
            lock (workspace.Sync)
            {
                var state = workspace.Current;
                return state.Contacts.FindById(context.Route("contact_id")) is { } contact
                    ? Results.Json(TagJson.List(TagJson.AppliedTo(state.ContactTags.TagsOf(contact.Id), state.Tags)))
                    : ApiErrors.UserNotFound();
            }
        }));

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

    /// <summary>
    /// Pages in creation order. starting_after is an opaque cursor naming the next offset; pages.next is
    /// present only while more contacts remain. per_page defaults to 50 and may not exceed 150.
    /// </summary>
    private static IResult List(HttpContext context, Workspace workspace)
    {
        if (!context.TryQueryInt("per_page", DefaultPerPage, out var perPage) || perPage > MaxPerPage)
            return ApiErrors.ParameterInvalid($"per_page must be an integer between 1 and {MaxPerPage}");
        var offset = 0;
        var cursor = context.Query("starting_after");
        if (!string.IsNullOrEmpty(cursor) && !Cursor.TryDecode(CursorKind, cursor, out offset))
            return ApiErrors.ParameterInvalid("starting_after is not a valid cursor");

        lock (workspace.Sync)
        {
            var state = workspace.Current;
            var total = state.Contacts.Count;
            var end = Math.Min(total, offset + perPage);
            var data = new object[Math.Max(0, end - offset)];
            for (var index = offset; index < end; index++)
                data[index - offset] = ContactJson.Contact(state.Contacts.At(index), state);

            var pages = new Dictionary<string, object>
            {
                ["type"] = "pages",
                ["page"] = offset / perPage + 1,
                ["per_page"] = perPage,
                ["total_pages"] = (total + perPage - 1) / perPage,
            };
            if (end < total)
                pages["next"] = new { per_page = perPage, starting_after = Cursor.Encode(CursorKind, end) };

            return Results.Json(new { type = "list", data, total_count = total, pages });
        }
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
