using System.Text.RegularExpressions;
using FakeIntercom.State;

namespace FakeIntercom.Json;

/// <summary>Conversations as Intercom answers them: the whole conversation (with its parts) or a list item (without).</summary>
public static partial class ConversationJson
{
    public static Dictionary<string, object?> Conversation(Conversation conversation, WorkspaceState state, bool withParts, bool plainText = false)
    {
        var json = new Dictionary<string, object?>
        {
            ["type"] = "conversation",
            ["id"] = conversation.Id,
            ["title"] = conversation.Title,
            ["created_at"] = conversation.CreatedAt,
            ["updated_at"] = conversation.UpdatedAt,
            ["waiting_since"] = conversation.WaitingSince,
            ["snoozed_until"] = conversation.SnoozedUntil,
            ["source"] = Source(conversation.Source, state, plainText),
            ["contacts"] = new
            {
                type = "contact.list",
                contacts = conversation.ContactIds.Select(id => new { type = "contact", id, external_id = state.Contacts.FindById(id)?.ExternalId }).ToArray(),
            },
            ["first_contact_reply"] = conversation.Source.Author.IsContact ? new { created_at = conversation.CreatedAt, type = "conversation", url = (string?)null } : null,
            ["admin_assignee_id"] = Number(conversation.AdminAssigneeId),
            ["team_assignee_id"] = Number(conversation.TeamAssigneeId),
            ["open"] = conversation.State == "open",
            ["state"] = conversation.State,
            ["read"] = conversation.Read,
            ["tags"] = new { type = "tag.list", tags = TagJson.AppliedTo(state.ConversationTags.TagsOf(conversation.Id), state.Tags) },
            ["priority"] = "not_priority",
            ["sla_applied"] = null,
            ["statistics"] = Statistics(conversation),
            ["conversation_rating"] = null,
            ["teammates"] = new { type = "admin.list", teammates = conversation.TeammateIds.Select(id => new { type = "admin", id }).ToArray() },
            ["custom_attributes"] = conversation.CustomAttributes,
            ["topics"] = new { },
            ["ticket"] = conversation.TicketId is { } ticketId ? new { type = "ticket", id = ticketId } : null,
            ["linked_objects"] = new { type = "list", data = Array.Empty<object>(), total_count = 0, has_more = false },
            ["ai_agent"] = null,
            ["ai_agent_participated"] = false,
        };
        if (withParts)
        {
            json["conversation_parts"] = new
            {
                type = "conversation_part.list",
                conversation_parts = conversation.Parts.Select(p => Part(p, state, plainText)).ToArray(),
                total_count = conversation.Parts.Count,
            };
        }
        return json;
    }

    /// <summary>A page of conversation list items.</summary>
    public static object List(IEnumerable<object> conversations, int total, object pages) =>
        new { type = "conversation.list", conversations, total_count = total, pages };

    /// <summary>The participants after attaching or detaching a contact, as Intercom's examples answer.</summary>
    public static object Customers(Conversation conversation, WorkspaceState state) => new
    {
        customers = conversation.ContactIds.Select(id => new { type = state.Contacts.FindById(id)?.Role ?? "user", id }).ToArray(),
    };

    private static object Source(ConversationMessage source, WorkspaceState state, bool plainText) => new
    {
        type = "conversation",
        id = source.Id,
        delivered_as = source.DeliveredAs,
        subject = source.Subject ?? "",
        body = Text(source.Body, plainText),
        author = AuthorJson(source.Author, state),
        attachments = Attachments(source),
        url = (string?)null,
        redacted = source.Redacted,
    };

    private static object Part(ConversationMessage part, WorkspaceState state, bool plainText) => new
    {
        type = "conversation_part",
        id = part.Id,
        part_type = part.PartType,
        body = Text(part.Body, plainText),
        created_at = part.CreatedAt,
        updated_at = part.UpdatedAt,
        notified_at = part.CreatedAt,
        assigned_to = part.AssignedTo is { } to ? new { type = to.Type, id = to.Id } : null,
        author = AuthorJson(part.Author, state),
        attachments = Attachments(part),
        external_id = (string?)null,
        redacted = part.Redacted,
    };

    private static object AuthorJson(Author author, WorkspaceState state)
    {
        if (author.Type == "admin" && state.Admins.Find(author.Id) is { } admin)
            return new { type = "admin", id = admin.Id, name = (string?)admin.Name, email = (string?)admin.Email };
        if (author.IsContact && state.Contacts.FindById(author.Id) is { } contact)
            return new { type = author.Type, id = contact.Id, name = contact.Name, email = contact.Email };
        return new { type = author.Type, id = author.Id, name = (string?)"Operator", email = (string?)"operator@fakeapp.example.com" };
    }

    private static object[] Attachments(ConversationMessage message) =>
        message.AttachmentUrls.Select(url => (object)new
        {
            type = "upload",
            name = url[(url.LastIndexOf('/') + 1)..],
            url,
            content_type = "application/octet-stream",
            filesize = 0,
            width = (int?)null,
            height = (int?)null,
        }).ToArray();

    private static object Statistics(Conversation conversation)
    {
        var closes = conversation.Parts.Where(p => p.PartType == "close").ToList();
        return new
        {
            type = "conversation_statistics",
            last_contact_reply_at = conversation.Parts.Where(p => p.Author.IsContact).Select(p => (long?)p.CreatedAt).LastOrDefault()
                ?? (conversation.Source.Author.IsContact ? conversation.CreatedAt : null),
            last_admin_reply_at = conversation.Parts.Where(p => p.Author.Type == "admin" && p.PartType == "comment").Select(p => (long?)p.CreatedAt).LastOrDefault(),
            last_close_at = closes.Select(p => (long?)p.CreatedAt).LastOrDefault(),
            last_closed_by_id = closes.Select(p => p.Author.Id).LastOrDefault(),
            count_reopens = conversation.Parts.Count(p => p.PartType == "open"),
            count_assignments = conversation.Parts.Count(p => p.PartType.EndsWith("assignment", StringComparison.Ordinal)),
            count_conversation_parts = conversation.Parts.Count,
        };
    }

    private static long? Number(string? id) => id is null ? null : long.Parse(id, System.Globalization.CultureInfo.InvariantCulture);

    private static string? Text(string? html, bool plainText) => html is null || !plainText ? html : Tags().Replace(html, "");

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
