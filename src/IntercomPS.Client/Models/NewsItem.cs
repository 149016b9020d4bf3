using System;

namespace IntercomPS
{
    /// <summary>A news item: an announcement shown in the newsfeeds it is assigned to once it is live.</summary>
    public sealed class NewsItem : IntercomObject
    {
        public string Id { get; set; }
        public string WorkspaceId { get; set; }
        public string Title { get; set; }
        /// <summary>HTML.</summary>
        public string Body { get; set; }
        /// <summary>The admin the news item is from.</summary>
        public long? SenderId { get; set; }
        /// <summary>draft or live.</summary>
        public string State { get; set; }
        public ValueList<NewsfeedAssignment> NewsfeedAssignments { get; set; }
        public ValueList<string> Labels { get; set; }
        public string CoverImageUrl { get; set; }
        /// <summary>The emoji readers can react with, in order; empty when reactions are off.</summary>
        public ValueList<string> Reactions { get; set; }
        /// <summary>Shown without a notification badge.</summary>
        public bool? DeliverSilently { get; set; }
        public DateTimeOffset? CreatedAt { get; set; }
        public DateTimeOffset? UpdatedAt { get; set; }
        public override string ToString() => Title ?? Id;
    }

    /// <summary>A newsfeed a news item is published in, and since when.</summary>
    public sealed class NewsfeedAssignment : IntercomObject
    {
        public long? NewsfeedId { get; set; }
        public DateTimeOffset? PublishedAt { get; set; }
        public override string ToString() => $"newsfeed {NewsfeedId}";
    }

    /// <summary>A newsfeed: the news items for one audience. Newsfeeds are set up in Intercom, not through the API.</summary>
    public sealed class Newsfeed : IntercomObject
    {
        public string Id { get; set; }
        /// <summary>Never shown to users.</summary>
        public string Name { get; set; }
        public DateTimeOffset? CreatedAt { get; set; }
        public DateTimeOffset? UpdatedAt { get; set; }
        public override string ToString() => Name ?? Id;
    }
}
