using System;
using System.Management.Automation;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    [Cmdlet(VerbsCommon.Get, "IntercomAdminActivityLog", SupportsPaging = true)]
    [OutputType(typeof(ActivityLog))]
    [IntercomOperation("listActivityLogs")]
    public sealed class GetIntercomAdminActivityLogCommand : IntercomCmdlet
    {
        [Parameter(Mandatory = true, Position = 0)]
        public DateTimeOffset CreatedAfter { get; set; }

        [Parameter(Position = 1)]
        public DateTimeOffset? CreatedBefore { get; set; }

        protected override void ProcessRecord()
        {
            CheckCreatedRange(CreatedAfter, CreatedBefore);
            WritePages(Api.Admins.ActivityLogs(CreatedAfter, CreatedBefore));
        }
    }
}
