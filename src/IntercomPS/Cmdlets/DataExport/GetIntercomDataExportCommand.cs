using System.Management.Automation;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the status of data export jobs. Completed jobs can be downloaded for two days.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomDataExport")]
    [OutputType(typeof(DataExport))]
    [IntercomOperation("getDataExport")]
    public sealed class GetIntercomDataExportCommand : IntercomCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        [ValidateIntercomId]
        public string[] JobIdentifier { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var job in JobIdentifier)
                ForItem(job, () => WriteObject(Invoke((o, ct) => Api.DataExport.GetAsync(job, o, ct))));
        }
    }
}
