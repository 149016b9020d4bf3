using System.Management.Automation;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Cancels data export jobs (POST /export/cancel/{job}, outside the /export/content/data prefix of the others).</summary>
    [Cmdlet(VerbsLifecycle.Stop, "IntercomDataExport", SupportsShouldProcess = true)]
    [OutputType(typeof(DataExport))]
    [IntercomOperation("cancelDataExport")]
    public sealed class StopIntercomDataExportCommand : IntercomCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        [ValidateIntercomId]
        public string[] JobIdentifier { get; set; }

        protected override void ProcessRecord() =>
            ChangeEach<DataExport>(JobIdentifier, "data export", "Cancel", job => (o, ct) => Api.DataExport.CancelAsync(job, o, ct));
    }
}
