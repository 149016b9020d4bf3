namespace FakeIntercom.State;

public sealed record Note(string Id, string ContactId, string AuthorAdminId, string Body, long CreatedAt);

/// <summary>Notes about contacts; ids count up from 1. Two are seeded on the first contact.</summary>
public sealed class NoteBook
{
    private readonly List<Note> _notes = [];

    public Note Add(string contactId, string authorAdminId, string body, long createdAt)
    {
        var note = new Note((_notes.Count + 1).ToString(), contactId, authorAdminId, body, createdAt);
        _notes.Add(note);
        return note;
    }

    public Note? Find(string id) => _notes.Find(n => n.Id == id);

    /// <summary>A contact's notes, newest first (as Intercom lists them).</summary>
    public IReadOnlyList<Note> Of(string contactId) => _notes.Where(n => n.ContactId == contactId).Reverse().ToList();
}

/// <summary>
/// The segments a contact is in. The fake has two fixed segments, one per role, so GET /contacts/{id}/segments
/// has something to answer.
/// </summary>
public static class ContactSegments
{
    public sealed record Segment(string Id, string Name, string PersonType);

    public static readonly Segment Users = new("5f3c0a1e9b1d4c0012a0c001", "All users", "user");
    public static readonly Segment Leads = new("5f3c0a1e9b1d4c0012a0c002", "All leads", "contact");

    public static IReadOnlyList<Segment> Of(Contact contact) => contact.Role == "lead" ? [Leads] : [Users];
}
