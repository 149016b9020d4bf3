using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Client.Http;
using IntercomPS.Client.Paging;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Lists every news item, drafts included, or gets news items by id.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomNewsItem", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(NewsItem))]
    [IntercomOperation("listNewsItems", ParameterSet = ListSet)]
    [IntercomOperation("retrieveNewsItem", ParameterSet = ByIdSet)]
    public sealed class GetIntercomNewsItemCommand : ListOrByIdCmdlet<NewsItem>
    {
        [Parameter(ParameterSetName = ByIdSet, Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("NewsItemId")]
        [ValidateIntercomId]
        public string[] Id { get; set; }

        protected override string[] Ids => Id;

        protected override Pager<NewsItem> List() => Api.News.ListItems();

        protected override Task<NewsItem> GetAsync(string id, IRequestObserver observer, CancellationToken ct) => Api.News.GetItemAsync(id, observer, ct);
    }
}
