using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Client.Http;
using IntercomPS.Client.Paging;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Lists the newsfeeds, or gets them by id.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomNewsfeed", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Newsfeed))]
    [IntercomOperation("listNewsfeeds", ParameterSet = ListSet)]
    [IntercomOperation("retrieveNewsfeed", ParameterSet = ByIdSet)]
    public sealed class GetIntercomNewsfeedCommand : ListOrByIdCmdlet<Newsfeed>
    {
        [Parameter(ParameterSetName = ByIdSet, Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("NewsfeedId")]
        [ValidateIntercomId]
        public string[] Id { get; set; }

        protected override string[] Ids => Id;

        protected override Pager<Newsfeed> List() => Api.News.ListNewsfeeds();

        protected override Task<Newsfeed> GetAsync(string id, IRequestObserver observer, CancellationToken ct) => Api.News.GetNewsfeedAsync(id, observer, ct);
    }
}
