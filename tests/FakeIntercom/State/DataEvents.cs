namespace FakeIntercom.State;

public sealed record DataEventRecord(int Sequence, string ContactId, string Name, long CreatedAt, IReadOnlyDictionary<string, object?>? Metadata);

/// <summary>A summary posted to /events/summaries: how often and when first and last a contact did an event.</summary>
public sealed record DataEventSummaryRecord(string ContactId, string Name, long Count, long? First, long? Last);

/// <summary>
/// The events submitted to POST /events, newest last. Like Intercom, an event with the same contact, name and
/// created_at as an earlier one is a duplicate: answered 202 all the same, but not kept.
/// </summary>
public sealed class DataEventLog
{
    private readonly List<DataEventRecord> _events = [];
    private readonly HashSet<(string, string, long)> _keys = [];

    public List<DataEventSummaryRecord> Summaries { get; } = [];

    public IReadOnlyList<DataEventRecord> All => _events;

    public int Duplicates { get; private set; }

    public void Add(string contactId, string name, long createdAt, IReadOnlyDictionary<string, object?>? metadata)
    {
        if (!_keys.Add((contactId, name, createdAt)))
        {
            Duplicates++;
            return;
        }
        _events.Add(new DataEventRecord(_events.Count + 1, contactId, name, createdAt, metadata));
    }

    /// <summary>A contact's events, newest first (by created_at, then by arrival).</summary>
    public IReadOnlyList<DataEventRecord> Of(string contactId) =>
        _events.Where(e => e.ContactId == contactId).OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Sequence).ToArray();
}
