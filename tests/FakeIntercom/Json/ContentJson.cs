using FakeIntercom.State;

namespace FakeIntercom.Json;

/// <summary>Help centers, collections, articles, news items and newsfeeds, as Intercom writes them.</summary>
public static class ContentJson
{
    private const string WorkspaceId = "fakeapp";

    public static object HelpCenter(HelpCenterRecord helpCenter) => new
    {
        id = helpCenter.Id,
        workspace_id = WorkspaceId,
        created_at = Seeded.BaseTime,
        updated_at = Seeded.BaseTime,
        identifier = helpCenter.Identifier,
        website_turned_on = helpCenter.WebsiteTurnedOn,
        display_name = helpCenter.DisplayName,
        url = $"https://help.example.com/{helpCenter.Identifier}",
        custom_domain = (string?)null,
    };

    public static object Collection(CollectionRecord collection) => new
    {
        id = collection.Id,
        workspace_id = WorkspaceId,
        name = collection.Name,
        description = collection.Description,
        url = $"https://help.example.com/collections/{collection.Id}",
        order = collection.Order,
        created_at = collection.CreatedAt,
        updated_at = collection.UpdatedAt,
        icon = "bookmark",
        parent_id = collection.ParentId,
        help_center_id = collection.HelpCenterId,
        translated_content = collection.Translations.ToJson("group"),
    };

    /// <summary>The list leaves out statistics, as Intercom's does.</summary>
    public static object Article(ArticleRecord article, bool withStatistics) => new
    {
        id = article.Id,
        type = "article",
        workspace_id = WorkspaceId,
        parent_id = article.ParentId,
        parent_type = article.ParentType,
        parent_ids = article.ParentId is { } parent ? new[] { parent } : [],
        statistics = withStatistics
            ? new { type = "article_statistics", views = 10, conversions = 1, reactions = 2, happy_reaction_percentage = 50.0, neutral_reaction_percentage = 50.0, sad_reaction_percentage = 0.0 }
            : null,
        title = article.Title,
        description = article.Description,
        body = article.Body,
        author_id = article.AuthorId,
        state = article.State,
        created_at = article.CreatedAt,
        updated_at = article.UpdatedAt,
        url = article.State == "published" ? $"https://help.example.com/articles/{article.Id}" : null,
        translated_content = article.Translations.ToJson("article"),
    };

    public static object Deleted(string id, string kind) => new { id, @object = kind, deleted = true };

    public static object NewsItem(NewsItemRecord item) => new
    {
        id = item.Id,
        type = "news-item",
        workspace_id = WorkspaceId,
        title = item.Title,
        body = item.Body,
        sender_id = item.SenderId,
        state = item.State,
        labels = item.Labels,
        cover_image_url = (string?)null,
        reactions = item.Reactions,
        deliver_silently = item.DeliverSilently,
        created_at = item.CreatedAt,
        updated_at = item.UpdatedAt,
        newsfeed_assignments = item.Assignments.Select(a => new { newsfeed_id = a.NewsfeedId, published_at = a.PublishedAt }).ToArray(),
    };

    public static object Newsfeed(NewsfeedRecord newsfeed) => new
    {
        id = newsfeed.Id,
        type = "newsfeed",
        name = newsfeed.Name,
        created_at = Seeded.BaseTime,
        updated_at = Seeded.BaseTime,
    };
}
