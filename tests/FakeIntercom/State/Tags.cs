namespace FakeIntercom.State;

public sealed class Tag
{
    public required string Id { get; init; }
    public required string Name { get; set; }
    public required long CreatedAt { get; init; }
    public required string CreatedByAdminId { get; init; }
}

/// <summary>When and by whom a tag was put on one company, contact, conversation or ticket.</summary>
public sealed record TagApplication(long AppliedAt, string AppliedByAdminId);

/// <summary>The workspace's tags; names are unique and compared case-insensitively, as Intercom does.</summary>
public sealed class TagCatalog
{
    private readonly List<Tag> _tags = [];
    private int _nextId = 7001;

    public IReadOnlyList<Tag> All => _tags;

    public Tag? Find(string id) => _tags.Find(t => t.Id == id);

    public Tag? FindByName(string name) => _tags.Find(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));

    public Tag Create(string name, long createdAt, string adminId)
    {
        var tag = new Tag { Id = (_nextId++).ToString(), Name = name, CreatedAt = createdAt, CreatedByAdminId = adminId };
        _tags.Add(tag);
        return tag;
    }

    public void Remove(Tag tag) => _tags.Remove(tag);
}

/// <summary>Which tags are on which objects of one kind (companies, contacts, …), searchable both ways.</summary>
public sealed class TagAssignments
{
    private readonly Dictionary<string, Dictionary<string, TagApplication>> _tagsByTarget = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedSet<string>> _targetsByTag = new(StringComparer.Ordinal);

    public void Apply(string targetId, string tagId, TagApplication application)
    {
        if (!_tagsByTarget.TryGetValue(targetId, out var tags))
            _tagsByTarget[targetId] = tags = new(StringComparer.Ordinal);
        tags.TryAdd(tagId, application);

        if (!_targetsByTag.TryGetValue(tagId, out var targets))
            _targetsByTag[tagId] = targets = new(StringComparer.Ordinal);
        targets.Add(targetId);
    }

    public void Remove(string targetId, string tagId)
    {
        if (_tagsByTarget.TryGetValue(targetId, out var tags) && tags.Remove(tagId) && tags.Count == 0)
            _tagsByTarget.Remove(targetId);
        if (_targetsByTag.TryGetValue(tagId, out var targets) && targets.Remove(targetId) && targets.Count == 0)
            _targetsByTag.Remove(tagId);
    }

    public IReadOnlyDictionary<string, TagApplication> TagsOf(string targetId) =>
        _tagsByTarget.TryGetValue(targetId, out var tags) ? tags : EmptyTags;

    /// <summary>The ids of the objects carrying the tag, in ordinal order.</summary>
    public IReadOnlyCollection<string> TargetsOf(string tagId) =>
        _targetsByTag.TryGetValue(tagId, out var targets) ? targets : [];

    private static readonly Dictionary<string, TagApplication> EmptyTags = new();
}
