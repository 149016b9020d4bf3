using System;
using System.Management.Automation;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Submits event summaries (how often a user did an event, and when first and last), one request per summary:
    /// the schema takes one summary object per request. Every field binds from piped rows by property name.
    /// </summary>
    [Cmdlet(VerbsCommunications.Send, "IntercomDataEventSummary", SupportsShouldProcess = true)]
    [OutputType(typeof(void))]
    [IntercomOperation("dataEventSummaries")]
    public sealed class SendIntercomDataEventSummaryCommand : IntercomCmdlet
    {
        /// <summary>Your id of the user (the contact's external_id).</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string UserId { get; set; }

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string EventName { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateRange(0, int.MaxValue)]
        public int? Count { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [TimestampArgument]
        public DateTimeOffset? First { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [TimestampArgument]
        public DateTimeOffset? Last { get; set; }

        protected override void ProcessRecord()
        {
            var summary = new DataEventSummary { Name = EventName, Count = Count, First = First, Last = Last, UserId = UserId };
            if (First > Last)
            {
                WriteError(InvalidArgument($"-First ({First:u}) is later than -Last ({Last:u}) for the event '{EventName}' of user {UserId}.", "InvalidDateRange", summary));
                return;
            }
            if (!ShouldProcess($"user_id {UserId}", $"Send summary of event '{EventName}'{(Count == null ? "" : $" (count {Count})")}")) return;
            ForItem(summary, () => Invoke((o, ct) => Api.DataEvents.SubmitSummaryAsync(UserId, EventName, Count, First, Last, o, ct)));
        }
    }
}
