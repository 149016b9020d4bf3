using System.Text.Json;

namespace FakeIntercom.State;

/// <summary>Who wrote a part or a source: an admin, a bot, or a contact (type user or lead).</summary>
public sealed record Author(string Type, string Id)
{
    public static Author Admin(string id) => new("admin", id);
    public static Author Bot { get; } = new("bot", "991267999");
    public static Author Of(Contact contact) => new(contact.Role, contact.Id);
    public bool IsContact => Type is "user" or "lead";
}

/// <summary>A message in a conversation: its source (the first message) or one of its parts.</summary>
public sealed class ConversationMessage
{
    public const string RedactedBody = "<p><i>This message was deleted</i></p>";

    public required string Id { get; init; }
    public required Author Author { get; init; }
    public required long CreatedAt { get; init; }
    public long UpdatedAt { get; set; }
    public string? Body { get; set; }
    public IReadOnlyList<string> AttachmentUrls { get; init; } = [];
    public bool Redacted { get; private set; }

    /// <summary>comment, note, close, open, snoozed, assignment, default_assignment; "source" for the first message.</summary>
    public string PartType { get; init; } = "source";
    public string? Subject { get; init; }
    public string DeliveredAs { get; init; } = "customer_initiated";
    /// <summary>Whom an assignment part assigned to: (admin|team|nobody_admin, id).</summary>
    public (string Type, string? Id)? AssignedTo { get; init; }

    public void Redact(long at)
    {
        Body = RedactedBody;
        Redacted = true;
        UpdatedAt = at;
    }
}

public sealed class Conversation
{
    public required string Id { get; init; }
    public required long CreatedAt { get; init; }
    public required ConversationMessage Source { get; init; }
    public long UpdatedAt { get; set; }
    public string? Title { get; set; }
    /// <summary>open, closed or snoozed.</summary>
    public string State { get; set; } = "open";
    public bool Read { get; set; }
    public long? WaitingSince { get; set; }
    public long? SnoozedUntil { get; set; }
    public string? AdminAssigneeId { get; set; }
    public string? TeamAssigneeId { get; set; }
    public List<string> ContactIds { get; } = [];
    public List<ConversationMessage> Parts { get; } = [];
    public Dictionary<string, JsonElement> CustomAttributes { get; } = [];
    public string? TicketId { get; set; }

    /// <summary>The admins who wrote a part, in order of their first part.</summary>
    public IEnumerable<string> TeammateIds => Parts.Where(p => p.Author.Type == "admin").Select(p => p.Author.Id).Distinct();
}

/// <summary>
/// Conversations, with ids counting up from 1; parts, sources and messages share one id counter (as Intercom's part
/// ids are unique in a workspace). Five are seeded, one per contact (see <see cref="ConversationBook(ContactCatalog)"/>).
/// </summary>
public sealed class ConversationBook
{
    /// <summary>The team the seeded admins are in ("Support"), and the one assignment rules pick.</summary>
    public const string SupportTeamId = "814865";

    private readonly List<Conversation> _conversations = [];
    private int _nextMessageId = 1001;

    /// <summary>
    /// 1: contact 1 asks about an invoice, unassigned. 2: contact 2, assigned to Grace Hopper and her team, an admin
    /// reply and then the contact's (with a card number). 3: contact 3, closed. 4: contact 4, snoozed until 2030.
    /// 5: contact 5 (a lead), unassigned. All were opened in the first days of 2024; 1, 2 and 5 are still waiting.
    /// </summary>
    public ConversationBook(ContactCatalog contacts)
    {
        const long day = 86_400;
        var start = Seeded.BaseTime;
        var openings = new[]
        {
            "<p>My invoice shows the wrong VAT number.</p>", "<p>How do I export my data?</p>", "<p>The app crashes on start.</p>",
            "<p>Can I change my plan later?</p>", "<p>Do you ship to Canada?</p>",
        };
        for (var i = 0; i < Math.Min(WorkspaceState.ConversationIds.Length, contacts.Count); i++)
            Start(Author.Of(contacts.At(i)), openings[i], subject: null, attachmentUrls: [], start + (i + 1) * day, [contacts.IdAt(i)]);

        if (_conversations.Count < 4) return;
        var (second, third, fourth) = (_conversations[1], _conversations[2], _conversations[3]);
        second.AdminAssigneeId = "991267002";
        second.TeamAssigneeId = SupportTeamId;
        Reply(second, Author.Admin("991267002"), "comment", "<p>Let me check.</p>", [], second.CreatedAt + 3_600);
        Reply(second, second.Source.Author, "comment", "<p>Card 4111 1111 1111 1111 was charged twice.</p>", [], second.CreatedAt + 7_200);
        third.AdminAssigneeId = "991267001";
        Reply(third, Author.Admin("991267001"), "comment", "<p>Fixed in 2.4.1.</p>", [], third.CreatedAt + 600);
        Act(third, Author.Admin("991267001"), "close", null, third.CreatedAt + 700);
        Act(fourth, Author.Admin("991267001"), "snoozed", null, fourth.CreatedAt + 600);
        fourth.SnoozedUntil = start + 6 * 365 * day;
    }

    public IReadOnlyList<Conversation> All => _conversations;

    public Conversation? Find(string id) => _conversations.Find(c => c.Id == id);

    /// <summary>The contact's most recently updated conversation: what the conversation id "last" names.</summary>
    public Conversation? LastOf(string contactId) =>
        _conversations.Where(c => c.ContactIds.Contains(contactId)).OrderBy(c => c.UpdatedAt).LastOrDefault();

    public string NextMessageId() => (_nextMessageId++).ToString();

    /// <summary>A new conversation whose source is the author's message; a contact's leaves it waiting for an answer.</summary>
    public Conversation Start(Author author, string body, string? subject, IReadOnlyList<string> attachmentUrls, long at, IEnumerable<string> contactIds)
    {
        var source = new ConversationMessage
        {
            Id = NextMessageId(), Author = author, CreatedAt = at, UpdatedAt = at, Body = body, Subject = subject, AttachmentUrls = attachmentUrls,
            DeliveredAs = author.IsContact ? "customer_initiated" : "admin_initiated",
        };
        var conversation = new Conversation
        {
            Id = (_conversations.Count + 1).ToString(), CreatedAt = at, UpdatedAt = at, Source = source,
            WaitingSince = author.IsContact ? at : null,
        };
        conversation.ContactIds.AddRange(contactIds);
        _conversations.Add(conversation);
        return conversation;
    }

    /// <summary>
    /// A comment or note. An admin's comment answers the contact (no longer waiting); a contact's comment opens the
    /// conversation again and leaves it waiting.
    /// </summary>
    public ConversationMessage Reply(Conversation conversation, Author author, string partType, string body, IReadOnlyList<string> attachmentUrls, long at)
    {
        var part = Add(conversation, new ConversationMessage { Id = NextMessageId(), Author = author, CreatedAt = at, PartType = partType, Body = body, AttachmentUrls = attachmentUrls });
        if (author.IsContact)
        {
            conversation.WaitingSince ??= at;
            conversation.State = "open";
            conversation.SnoozedUntil = null;
        }
        else if (partType == "comment")
        {
            conversation.WaitingSince = null;
        }
        return part;
    }

    /// <summary>close, open or snoozed (the caller sets snoozed_until): the state changes and a part records it.</summary>
    public ConversationMessage Act(Conversation conversation, Author author, string action, string? body, long at)
    {
        conversation.State = action == "snoozed" ? "snoozed" : action == "close" ? "closed" : "open";
        conversation.SnoozedUntil = null;
        return Add(conversation, new ConversationMessage { Id = NextMessageId(), Author = author, CreatedAt = at, PartType = action, Body = body });
    }

    /// <summary>Assigns to an admin or a team; the id "0" unassigns that kind.</summary>
    public ConversationMessage Assign(Conversation conversation, Author author, string partType, string assigneeType, string assigneeId, string? body, long at)
    {
        var assignee = assigneeId == "0" ? null : assigneeId;
        if (assigneeType == "team") conversation.TeamAssigneeId = assignee;
        else conversation.AdminAssigneeId = assignee;
        var assignedTo = assignee is null ? ("nobody_admin", null) : (assigneeType, assignee);
        return Add(conversation, new ConversationMessage { Id = NextMessageId(), Author = author, CreatedAt = at, PartType = partType, Body = body, AssignedTo = assignedTo });
    }

    private static ConversationMessage Add(Conversation conversation, ConversationMessage part)
    {
        part.UpdatedAt = part.CreatedAt;
        conversation.Parts.Add(part);
        conversation.UpdatedAt = Math.Max(conversation.UpdatedAt, part.CreatedAt);
        return part;
    }
}
