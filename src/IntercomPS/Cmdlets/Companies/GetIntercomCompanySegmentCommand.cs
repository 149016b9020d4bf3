using System.Management.Automation;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    [Cmdlet(VerbsCommon.Get, "IntercomCompanySegment")]
    [OutputType(typeof(Segment))]
    [IntercomOperation("ListAttachedSegmentsForCompanies")]
    public sealed class GetIntercomCompanySegmentCommand : IntercomCmdlet
    {
        /// <summary>The companies' Intercom ids (not their external CompanyId).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateIntercomId]
        public string[] Id { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var id in Id)
                ForItem(id, () => WritePages(Api.Companies.ListSegments(id)));
        }
    }
}
