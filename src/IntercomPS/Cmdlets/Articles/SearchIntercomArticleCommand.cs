using System.Management.Automation;
using IntercomPS.Client;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Searches articles by phrase, state and help center. Intercom answers one page of matches; when it found more,
    /// a warning says so (2.11 cannot ask for the rest).
    /// </summary>
    [Cmdlet(VerbsCommon.Search, "IntercomArticle")]
    [OutputType(typeof(Article))]
    [IntercomOperation("searchArticles")]
    public sealed class SearchIntercomArticleCommand : IntercomCmdlet
    {
        [Parameter(Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Phrase { get; set; }

        [Parameter]
        [ValidateSet("published", "draft", "all")]
        public string State { get; set; }

        /// <summary>Takes a piped help center's Id (this cmdlet has no -Id of its own), or a collection's HelpCenterId.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        public long? HelpCenterId { get; set; }

        /// <summary>Adds each article's matches as its Highlight property.</summary>
        [Parameter]
        public SwitchParameter Highlight { get; set; }

        protected override void ProcessRecord()
        {
            var search = new ArticleSearch { Phrase = Phrase, State = State?.ToLowerInvariant(), HelpCenterId = HelpCenterId, Highlight = Highlight };
            ForItem(HelpCenterId?.ToString() ?? Phrase, () =>
            {
                var result = Invoke((o, ct) => Api.Articles.SearchAsync(search, o, ct));
                WriteObject(result.Articles, true);
                if (result.IsPartial)
                    WriteWarning($"Intercom found {result.TotalCount} articles and sent the first {result.Articles.Count}; API 2.11 cannot ask for the others. Narrow the search with -Phrase, -State or -HelpCenterId.");
            });
        }
    }
}
