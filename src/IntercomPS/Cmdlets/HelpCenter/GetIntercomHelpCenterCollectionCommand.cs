using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Client.Http;
using IntercomPS.Client.Paging;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Streams every collection and section of every help center, or gets them by id.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomHelpCenterCollection", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(HelpCenterCollection))]
    [IntercomOperation("listAllCollections", ParameterSet = ListSet)]
    [IntercomOperation("retrieveCollection", ParameterSet = ByIdSet)]
    public sealed class GetIntercomHelpCenterCollectionCommand : NumberedListOrByIdCmdlet<HelpCenterCollection>
    {
        [Parameter(ParameterSetName = ByIdSet, Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("CollectionId")]
        [ValidateIntercomId]
        public string[] Id { get; set; }

        protected override string[] Ids => Id;

        protected override Pager<HelpCenterCollection> List(int pageSize) => Api.HelpCenter.ListCollections(pageSize);

        protected override Task<HelpCenterCollection> GetAsync(string id, IRequestObserver observer, CancellationToken ct) => Api.HelpCenter.GetCollectionAsync(id, observer, ct);
    }
}
