namespace FakeIntercom.State;

public sealed record NewsfeedRecord(string Id, string Name);

public sealed record NewsfeedAssignmentRecord(long NewsfeedId, long PublishedAt);

public sealed class NewsItemRecord
{
    public required string Id { get; init; }
    public required string Title { get; set; }
    public string Body { get; set; } = "";
    public long SenderId { get; set; }
    public string State { get; set; } = "draft";
    public List<string> Labels { get; set; } = [];
    public List<string?> Reactions { get; set; } = [];
    public bool DeliverSilently { get; set; }
    public List<NewsfeedAssignmentRecord> Assignments { get; set; } = [];
    public long CreatedAt { get; init; }
    public long UpdatedAt { get; set; }
}

/// <summary>
/// Newsfeeds "1" Customer feed and "2" Visitor feed; news items "1" (live on 1), "2" (a draft on 1) and "3" (live on
/// both, labelled and with reactions); new items count up from 4.
/// </summary>
public sealed class Newsroom
{
    private int _nextId = 4;

    public Newsroom(string senderId)
    {
        var sender = long.Parse(senderId);
        Items.Add(new NewsItemRecord { Id = "1", Title = "Welcome to the new inbox", Body = "<p>It is faster.</p>", SenderId = sender, State = "live", Assignments = [new(1, Seeded.BaseTime)], CreatedAt = Seeded.BaseTime, UpdatedAt = Seeded.BaseTime });
        Items.Add(new NewsItemRecord { Id = "2", Title = "Spring sale", SenderId = sender, Assignments = [new(1, Seeded.BaseTime)], CreatedAt = Seeded.BaseTime + 60, UpdatedAt = Seeded.BaseTime + 60 });
        Items.Add(new NewsItemRecord
        {
            Id = "3", Title = "API v3 is out", Body = "<p>Read the changelog.</p>", SenderId = sender, State = "live", Labels = ["Product"], Reactions = ["👍", "🎉"],
            Assignments = [new(1, Seeded.BaseTime + 120), new(2, Seeded.BaseTime + 120)], CreatedAt = Seeded.BaseTime + 120, UpdatedAt = Seeded.BaseTime + 120,
        });
    }

    public List<NewsfeedRecord> Newsfeeds { get; } = [new("1", "Customer feed"), new("2", "Visitor feed")];
    public List<NewsItemRecord> Items { get; } = [];

    public NewsfeedRecord? FindNewsfeed(string id) => Newsfeeds.Find(f => f.Id == id);

    public NewsItemRecord? FindItem(string id) => Items.Find(i => i.Id == id);

    public NewsItemRecord Add(string title, long senderId, long now)
    {
        var item = new NewsItemRecord { Id = (_nextId++).ToString(), Title = title, SenderId = senderId, CreatedAt = now, UpdatedAt = now };
        Items.Add(item);
        return item;
    }
}
