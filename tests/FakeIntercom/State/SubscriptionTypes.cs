namespace FakeIntercom.State;

public sealed record SubscriptionType(string Id, string Name, string Description, string ConsentType, string[] ContentTypes);

/// <summary>The workspace's two subscription types and which contacts explicitly opted in to or out of them.</summary>
public sealed class Subscriptions
{
    public static readonly SubscriptionType[] Types =
    [
        new("1001", "Newsletters", "Monthly product newsletter", "opt_out", ["email"]),
        new("1002", "Product updates", "Announcements about new features", "opt_in", ["email", "sms_message"]),
    ];

    private readonly Dictionary<string, SortedSet<string>> _typeIdsByContact = new(StringComparer.Ordinal);

    public static SubscriptionType? FindType(string id) => Array.Find(Types, t => t.Id == id);

    public IReadOnlyCollection<string> TypeIdsOf(string contactId) =>
        _typeIdsByContact.TryGetValue(contactId, out var ids) ? ids : [];

    public IReadOnlyDictionary<string, SortedSet<string>> ByContact => _typeIdsByContact;

    public void Attach(string contactId, string typeId)
    {
        if (!_typeIdsByContact.TryGetValue(contactId, out var ids))
            _typeIdsByContact[contactId] = ids = new(StringComparer.Ordinal);
        ids.Add(typeId);
    }

    public void Detach(string contactId, string typeId)
    {
        if (_typeIdsByContact.TryGetValue(contactId, out var ids) && ids.Remove(typeId) && ids.Count == 0)
            _typeIdsByContact.Remove(contactId);
    }
}
