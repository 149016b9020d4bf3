using FakeIntercom.State;

namespace FakeIntercom.Json;

public static class NoteJson
{
    public static object Note(Note note, WorkspaceState state) => new
    {
        type = "note",
        id = note.Id,
        created_at = note.CreatedAt,
        contact = new { type = "contact", id = note.ContactId },
        author = state.Admins.Find(note.AuthorAdminId) is { } admin ? AdminJson.Admin(admin) : null,
        body = note.Body,
    };
}
