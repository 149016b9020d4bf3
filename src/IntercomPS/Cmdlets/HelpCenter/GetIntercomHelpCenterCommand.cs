using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Client;
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
    public sealed class GetIntercomHelpCenterCommand : ListOrByIdCmdlet<HelpCenter>
    {
        [Parameter(ParameterSetName = ByIdSet, Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("HelpCenterId")]
        [ValidateIntercomId]
        public string[] Id { get; set; }

        /// <summary>Help centers per request (per_page); by default the maximum.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateRange(1, HelpCenterApi.MaxPageSize)]
        public int? PageSize { get; set; }

        protected override string[] Ids => Id;

        protected override Pager<HelpCenter> List() => Api.HelpCenter.ListHelpCenters(PageSizeOrDefault(PageSize, HelpCenterApi.MaxPageSize));

        protected override Task<HelpCenter> GetAsync(string id, IRequestObserver observer, CancellationToken ct) => Api.HelpCenter.GetHelpCenterAsync(id, observer, ct);
    }
}
