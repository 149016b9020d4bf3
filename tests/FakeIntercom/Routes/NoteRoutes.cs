using FakeIntercom.Http;
using FakeIntercom.Json;
using FakeIntercom.State;

namespace FakeIntercom.Routes;

/// <summary>GET /notes/{id}, and a contact's notes: GET (page numbered, pages.next a URL) and POST /contacts/{id}/notes.</summary>
public static class NoteRoutes
{
    private const int DefaultPerPage = 15;

    public static void Map(IEndpointRouteBuilder app, Workspace workspace)
    {
        app.MapGet("/notes/{note_id}", Handler.Of(context =>
        {
            lock (workspace.Sync)
            {
                var state = workspace.Current;
                return state.Notes.Find(context.Route("note_id")) is { } note
                    ? Results.Json(NoteJson.Note(note, state))
                    : ApiErrors.NotFound();
            }
        }));

        app.MapGet("/contacts/{contact_id}/notes", Handler.Of(context =>
        {
            if (!context.TryQueryInt("page", 1, out var page) || !context.TryQueryInt("per_page", DefaultPerPage, out var perPage))
                return ApiErrors.ParameterInvalid("page and per_page must be positive integers");
            lock (workspace.Sync)
            {
                var state = workspace.Current;
                if (state.Contacts.FindById(context.Route("contact_id")) is not { } contact)
                    return ApiErrors.UserNotFound();
                var notes = state.Notes.Of(contact.Id);
                var totalPages = (notes.Count + perPage - 1) / perPage;
                return Results.Json(new
                {
                    type = "list",
                    data = notes.Skip((page - 1) * perPage).Take(perPage).Select(n => NoteJson.Note(n, state)).ToArray(),
                    total_count = notes.Count,
                    pages = new
                    {
                        type = "pages",
                        next = page < totalPages ? PageLinks.NextPageUrl(context.Request, page + 1) : null,
                        page,
                        per_page = perPage,
                        total_pages = totalPages,
                    },
                });
            }
        }));

        // body is required; admin_id must name an admin (404 "Resource Not Found" otherwise, as Intercom answers).
        app.MapPost("/contacts/{contact_id}/notes", Handler.Of(context =>
        {
            var body = RequestJson.Parse(context);
            if (body.GetText("body") is not { Length: > 0 } text)
                return ApiErrors.ParameterInvalid("body is required");
            lock (workspace.Sync)
            {
                var state = workspace.Current;
                if (state.Contacts.FindById(context.Route("contact_id")) is not { } contact)
                    return ApiErrors.UserNotFound();
                if (body.GetText("admin_id") is not { } adminId || state.Admins.Find(adminId) is null)
                    return ApiErrors.NotFound();
                var html = text.TrimStart().StartsWith('<') ? text : $"<p>{System.Net.WebUtility.HtmlEncode(text)}</p>";
                var note = state.Notes.Add(contact.Id, adminId, html, Clock.NowUnix());
                return Results.Json(NoteJson.Note(note, state));
            }
        }));
    }
}
