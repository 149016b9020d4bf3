using System;
using System.Collections;
using Newtonsoft.Json;

namespace IntercomPS
{
    /// <summary>
    /// A help center article. Its property names are the parameters of New- and Set-IntercomArticle, so an article (or
    /// its Export-Clixml or ConvertTo-Json copy) can be piped back to them.
    /// </summary>
    public sealed class Article : IntercomObject
    {
        public string Id { get; set; }
        public string WorkspaceId { get; set; }
        /// <summary>Title, description, body, author and state are those of the default language.</summary>
        public string Title { get; set; }
        public string Description { get; set; }
        /// <summary>HTML.</summary>
        public string Body { get; set; }
        public long? AuthorId { get; set; }
        /// <summary>published or draft.</summary>
        public string State { get; set; }
        public DateTimeOffset? CreatedAt { get; set; }
        public DateTimeOffset? UpdatedAt { get; set; }
        public string Url { get; set; }
        /// <summary>The collection or section the article is in; none for an article that stands alone.</summary>
        public long? ParentId { get; set; }
        public ValueList<long> ParentIds { get; set; }
        /// <summary>collection or section.</summary>
        public string ParentType { get; set; }
        /// <summary>Only sent for multilingual help centers.</summary>
        public string DefaultLocale { get; set; }
        /// <summary>The content per locale: {fr = {title, description, body, author_id, state, ...}}.</summary>
        public Hashtable TranslatedContent { get; set; }
        /// <summary>Sent by the single-article calls, not by the list.</summary>
        public ArticleStatistics Statistics { get; set; }
        /// <summary>The matches of a search, when Search-IntercomArticle -Highlight asked for them.</summary>
        [JsonIgnore]
        public ArticleSearchHighlight Highlight { get; set; }
        public override string ToString() => Title ?? Id;
    }

    public sealed class ArticleStatistics : IntercomObject
    {
        public long? Views { get; set; }
        public long? Conversions { get; set; }

        /// <summary>The schema says conversions, Intercom's example answers conversations: read both.</summary>
        [JsonProperty("conversations")]
        private long? ConversationsAsSent { set { if (value != null) Conversions = value; } }

        public long? Reactions { get; set; }
        public double? HappyReactionPercentage { get; set; }
        public double? NeutralReactionPercentage { get; set; }
        public double? SadReactionPercentage { get; set; }
        public override string ToString() => $"{Views} views, {Reactions} reactions";
    }

    /// <summary>Where a search matched an article: its title and summary as runs of plain and highlighted text.</summary>
    public sealed class ArticleSearchHighlight : IntercomObject
    {
        public string ArticleId { get; set; }
        public ValueList<HighlightedText> HighlightedTitle { get; set; }
        /// <summary>Passages of the description and body, each a list of runs.</summary>
        public ValueList<ValueList<HighlightedText>> HighlightedSummary { get; set; }
        public override string ToString() => HighlightedTitle == null ? "" : string.Concat(HighlightedTitle);
    }

    /// <summary>A run of text; Type is highlight (a match, shown between asterisks) or plain.</summary>
    public sealed class HighlightedText : IntercomObject
    {
        public string Text { get; set; }
        public override string ToString() => Type == "highlight" ? $"*{Text}*" : Text;
    }
}
