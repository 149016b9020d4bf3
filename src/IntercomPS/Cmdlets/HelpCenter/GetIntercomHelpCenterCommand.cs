using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Client.Http;
using IntercomPS.Client.Paging;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Lists the workspace's help centers, or gets them by id.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomHelpCenter", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(HelpCenter))]
    [IntercomOperation("listHelpCenters", ParameterSet = ListSet)]
    [IntercomOperation("retrieveHelpCenter", ParameterSet = ByIdSet)]
    public sealed class GetIntercomHelpCenterCommand : NumberedListOrByIdCmdlet<HelpCenter>
    {
        [Parameter(ParameterSetName = ByIdSet, Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("HelpCenterId")]
        [ValidateIntercomId]
        public string[] Id { get; set; }

        protected override string[] Ids => Id;

        protected override Pager<HelpCenter> List(int pageSize) => Api.HelpCenter.ListHelpCenters(pageSize);

        protected override Task<HelpCenter> GetAsync(string id, IRequestObserver observer, CancellationToken ct) => Api.HelpCenter.GetHelpCenterAsync(id, observer, ct);
    }
}
