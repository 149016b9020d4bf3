using System.Management.Automation;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Lists the live news items of newsfeeds. Not a set of Get-IntercomNewsItem: news item and newsfeed ids are both
    /// small numbers, so a piped newsfeed must never be read as a news item id.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "IntercomNewsfeedItem", SupportsPaging = true)]
    [OutputType(typeof(NewsItem))]
    [IntercomOperation("listLiveNewsfeedItems")]
    public sealed class GetIntercomNewsfeedItemCommand : IntercomCmdlet
    {
        /// <summary>The newsfeeds; piped newsfeeds bind by Id, newsfeed assignments by NewsfeedId.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("NewsfeedId")]
        [ValidateIntercomId]
        public string[] Id { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var id in Id)
                ForItem(id, () => WritePages(Api.News.ListLiveItems(id)));
        }
    }
}
