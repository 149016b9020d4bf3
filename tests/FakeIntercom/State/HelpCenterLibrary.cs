namespace FakeIntercom.State;

public sealed record HelpCenterRecord(string Id, string Identifier, string DisplayName, bool WebsiteTurnedOn);

public sealed class CollectionRecord
{
    public required string Id { get; init; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    /// <summary>Set for a section: the collection it is in.</summary>
    public string? ParentId { get; set; }
    public long? HelpCenterId { get; init; }
    public int Order { get; init; }
    public long CreatedAt { get; init; }
    public long UpdatedAt { get; set; }
    public Translations Translations { get; } = new();
}

public sealed class ArticleRecord
{
    public required string Id { get; init; }
    public required string Title { get; set; }
    public string Description { get; set; } = "";
    public string Body { get; set; } = "";
    public long AuthorId { get; set; }
    public string State { get; set; } = "draft";
    public long? ParentId { get; set; }
    public string? ParentType { get; set; }
    public long CreatedAt { get; init; }
    public long UpdatedAt { get; set; }
    public Translations Translations { get; } = new();
}

/// <summary>
/// Two help centers: "1" Acme Help (collections 10 "Getting started", 11 "Billing" with section 12 "Invoices") and "2"
/// Acme Developers (collection 13 "API"); new collections count up from 14. 30 articles, 100 to 129, spread over the
/// collections and the section (every fifth stands alone; every fourth is a draft; 100 has a French translation); new
/// articles count up from 130.
/// </summary>
public sealed class HelpCenterLibrary
{
    public static readonly string[] Topics = ["Getting started with Acme", "Resetting your password", "Paying by invoice", "Using the API", "Inviting teammates"];

    private int _nextCollectionId = 14;
    private int _nextArticleId = 130;

    public HelpCenterLibrary(string authorId)
    {
        HelpCenters = [new("1", "acme", "Acme Help", true), new("2", "acme-developers", "Acme Developers", false)];
        foreach (var (id, name, parent, helpCenter, order) in new[] { ("10", "Getting started", null, 1L, 0), ("11", "Billing", null, 1L, 1), ("12", "Invoices", "11", (long?)null, 0), ("13", "API", null, 2L, 0) })
            Collections.Add(new CollectionRecord { Id = id, Name = name, ParentId = parent, HelpCenterId = helpCenter, Order = order, CreatedAt = Seeded.BaseTime, UpdatedAt = Seeded.BaseTime });
        long?[] parents = [10, 11, 12, 13, null];
        for (var i = 0; i < 30; i++)
        {
            var topic = Topics[i % Topics.Length];
            var parent = parents[i % parents.Length];
            Articles.Add(new ArticleRecord
            {
                Id = (100 + i).ToString(), Title = $"{topic} ({i + 1})", Description = $"All about {topic.ToLowerInvariant()}", Body = $"<p>{topic}: step by step.</p>",
                AuthorId = long.Parse(authorId), State = i % 4 == 3 ? "draft" : "published", ParentId = parent, ParentType = parent is null ? null : parent == 12 ? "section" : "collection",
                CreatedAt = Seeded.BaseTime + i * 60, UpdatedAt = Seeded.BaseTime + i * 60,
            });
        }
        using var french = System.Text.Json.JsonDocument.Parse("""{"type":"article_translated_content","fr":{"type":"article_content","title":"Bien démarrer avec Acme","description":"","body":"<p>Pas à pas.</p>","author_id":991267001,"state":"published"}}""");
        Articles[0].Translations.Merge(french.RootElement);
    }

    public List<HelpCenterRecord> HelpCenters { get; }
    public List<CollectionRecord> Collections { get; } = [];
    public List<ArticleRecord> Articles { get; } = [];

    public CollectionRecord? FindCollection(string? id) => Collections.Find(c => c.Id == id);

    public ArticleRecord? FindArticle(string id) => Articles.Find(a => a.Id == id);

    public CollectionRecord AddCollection(string name, string? parentId, long? helpCenterId, long now)
    {
        var collection = new CollectionRecord
        {
            Id = (_nextCollectionId++).ToString(), Name = name, ParentId = parentId, HelpCenterId = parentId is null ? helpCenterId ?? 1 : null,
            Order = Collections.Count(c => c.ParentId == parentId), CreatedAt = now, UpdatedAt = now,
        };
        Collections.Add(collection);
        return collection;
    }

    public ArticleRecord AddArticle(string title, long authorId, long now)
    {
        var article = new ArticleRecord { Id = (_nextArticleId++).ToString(), Title = title, AuthorId = authorId, CreatedAt = now, UpdatedAt = now };
        Articles.Add(article);
        return article;
    }

    /// <summary>Deletes a collection; its sections become collections and its articles stand alone.</summary>
    public void DeleteCollection(CollectionRecord collection)
    {
        Collections.Remove(collection);
        foreach (var section in Collections.Where(c => c.ParentId == collection.Id)) section.ParentId = null;
        foreach (var article in Articles.Where(a => a.ParentId?.ToString() == collection.Id))
        {
            article.ParentId = null;
            article.ParentType = null;
        }
    }

    /// <summary>The help center an article is in, through its collection (and the collection of its section).</summary>
    public long? HelpCenterOf(ArticleRecord article)
    {
        var collection = FindCollection(article.ParentId?.ToString());
        while (collection?.ParentId is { } parentId) collection = FindCollection(parentId);
        return collection?.HelpCenterId;
    }
}
