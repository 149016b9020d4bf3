using FakeIntercom.State;

namespace FakeIntercom.Json;

public static class TagJson
{
    /// <summary>tag_basic: what POST /tags answers.</summary>
    public static object Basic(Tag tag) => new { type = "tag", id = tag.Id, name = tag.Name };

    /// <summary>A tag as applied to one object: what tagging a contact, conversation or ticket answers.</summary>
    public static object Applied(Tag tag, TagApplication application) => new
    {
        type = "tag",
        id = tag.Id,
        name = tag.Name,
        applied_at = application.AppliedAt,
        applied_by = new { type = "admin", id = application.AppliedByAdminId },
    };

    /// <summary>A workspace tag (GET /tags): applied_at / applied_by are when and by whom it was created.</summary>
    public static object Full(Tag tag) => Applied(tag, new TagApplication(tag.CreatedAt, tag.CreatedByAdminId));

    /// <summary>The tags on one object, as full tag objects, skipping any whose tag no longer exists.</summary>
    public static object[] AppliedTo(IReadOnlyDictionary<string, TagApplication> applied, TagCatalog tags) =>
        applied.Select(a => tags.Find(a.Key) is { } tag ? Applied(tag, a.Value) : null).OfType<object>().ToArray();

    public static object List(IEnumerable<object> tags) => new { type = "list", data = tags };
}
