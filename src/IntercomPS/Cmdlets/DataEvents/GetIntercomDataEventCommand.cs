using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using IntercomPS.Client;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Lists a contact's events (younger than 90 days, newest first, paged by following pages.next), or with -Summary
    /// how often and when first and last the contact did each event. The contact is named by one of its three ids.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "IntercomDataEvent", DefaultParameterSetName = ByIntercomUserIdSet, SupportsPaging = true)]
    [OutputType(typeof(DataEvent), typeof(DataEventSummary))]
    [IntercomOperation("lisDataEvents")]
    public sealed class GetIntercomDataEventCommand : IntercomCmdlet
    {
        private const string ByIntercomUserIdSet = "ByIntercomUserId";
        private const string ByUserIdSet = "ByUserId";
        private const string ByEmailSet = "ByEmail";

        /// <summary>The contact's Intercom id; piped contacts bind by their Id.</summary>
        [Parameter(ParameterSetName = ByIntercomUserIdSet, Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Id", "ContactId")]
        [ValidateNotNullOrEmpty]
        public string[] IntercomUserId { get; set; }

        /// <summary>Your ids of the users (the contacts' external_id).</summary>
        [Parameter(ParameterSetName = ByUserIdSet, Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string[] UserId { get; set; }

        [Parameter(ParameterSetName = ByEmailSet, Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string[] Email { get; set; }

        [Parameter]
        public SwitchParameter Summary { get; set; }

        /// <summary>Events per request (per_page); Intercom's default is 15.</summary>
        [Parameter]
        [ValidateRange(1, 150)]
        public int PageSize { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var user in Users())
            {
                if (Summary)
                    ForItem(user.Value, () => WriteSummaries(Invoke((o, ct) => Api.DataEvents.SummarizeAsync(user, o, ct))));
                else
                    ForItem(user.Value, () => WritePages(Api.DataEvents.List(user, PageSize == 0 ? (int?)null : PageSize)));
            }
        }

        private IEnumerable<EventUser> Users()
        {
            switch (ParameterSetName)
            {
                case ByUserIdSet: return UserId.Select(EventUser.ByUserId);
                case ByEmailSet: return Email.Select(EventUser.ByEmail);
                default: return IntercomUserId.Select(EventUser.ByIntercomId);
            }
        }

        /// <summary>A summary is one answer, not a paged list; -Skip, -First and -IncludeTotalCount still apply to it.</summary>
        private void WriteSummaries(IReadOnlyList<DataEventSummary> summaries)
        {
            if (PagingParameters.IncludeTotalCount) WriteObject(PagingParameters.NewTotalCount((ulong)summaries.Count, 1.0));
            foreach (var summary in summaries.Skip((int)System.Math.Min(PagingParameters.Skip, int.MaxValue)).Take((int)System.Math.Min(PagingParameters.First, int.MaxValue)))
                WriteObject(summary);
        }
    }
}
