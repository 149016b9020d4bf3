using System;
using System.Management.Automation;
using IntercomPS.Client;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Starts a message data export job for messages sent in a date range. Intercom runs one job per workspace at a
    /// time and refuses a second with 429: that is reported at once, with what to do, not retried.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Start, "IntercomDataExport", SupportsShouldProcess = true)]
    [OutputType(typeof(DataExport))]
    [IntercomOperation("createDataExport")]
    public sealed class StartIntercomDataExportCommand : IntercomCmdlet
    {
        [Parameter(Mandatory = true, Position = 0)]
        public DateTimeOffset CreatedAfter { get; set; }

        [Parameter(Mandatory = true, Position = 1)]
        public DateTimeOffset CreatedBefore { get; set; }

        protected override void ProcessRecord()
        {
            CheckCreatedRange(CreatedAfter, CreatedBefore);
            var range = $"{CreatedAfter:u} to {CreatedBefore:u}";
            if (!ShouldProcess($"messages sent {range}", "Start data export")) return;
            ForItem(range, () =>
            {
                try
                {
                    WriteObject(Invoke((o, ct) => Api.DataExport.StartAsync(CreatedAfter, CreatedBefore, o, ct)));
                }
                catch (IntercomApiException busy) when (busy.StatusCode == 429)
                {
                    var record = ErrorMapping.ToErrorRecord(busy, range);
                    record.ErrorDetails.RecommendedAction = "Intercom runs one data export job per workspace at a time: wait until the running job has finished "
                        + "(Get-IntercomDataExport shows its status), or cancel it with Stop-IntercomDataExport, then start again.";
                    WriteError(record);
                }
            });
        }
    }
}
