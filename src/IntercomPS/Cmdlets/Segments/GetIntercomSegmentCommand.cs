using System.Management.Automation;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    [Cmdlet(VerbsCommon.Get, "IntercomSegment", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Segment))]
    [IntercomOperation("listSegments", ParameterSet = ListSet)]
    [IntercomOperation("retrieveSegment", ParameterSet = ByIdSet)]
    public sealed class GetIntercomSegmentCommand : IntercomCmdlet
    {
        private const string ListSet = "List";
        private const string ByIdSet = "ById";

        [Parameter(ParameterSetName = ByIdSet, Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("SegmentId")]
        [ValidateIntercomId]
        public string[] Id { get; set; }

        /// <summary>Ask Intercom to count the members of each segment (include_count=true).</summary>
        [Parameter(ParameterSetName = ListSet)]
        public SwitchParameter IncludeCount { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == ListSet)
            {
                WritePages(Api.Segments.List(IncludeCount));
                return;
            }
            foreach (var id in Id)
                ForItem(id, () => WriteObject(Invoke((o, ct) => Api.Segments.GetAsync(id, o, ct))));
        }
    }
}
