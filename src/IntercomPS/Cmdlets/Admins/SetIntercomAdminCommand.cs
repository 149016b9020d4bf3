using System.Management.Automation;
using IntercomPS.Infrastructure;
using IntercomPS.Infrastructure.Completion;

namespace IntercomPS.Cmdlets
{
    /// <summary>Sets an admin away or back (away mode is the only admin change API 2.11 offers).</summary>
    [Cmdlet(VerbsCommon.Set, "IntercomAdmin", SupportsShouldProcess = true)]
    [OutputType(typeof(Admin))]
    [IntercomOperation("setAwayAdmin")]
    public sealed class SetIntercomAdminCommand : ThrottledCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("AdminId")]
        [ValidateIntercomId]
        [ArgumentCompleter(typeof(AdminIdCompleter))]
        public string[] Id { get; set; }

        [Parameter(Mandatory = true)]
        public bool AwayModeEnabled { get; set; }

        /// <summary>Reassign the admin's new conversation replies to the team inbox while away.</summary>
        [Parameter]
        public bool AwayModeReassign { get; set; }

        protected override void ProcessRecord() =>
            ChangeEach<Admin>(Id, "admin", AwayModeEnabled ? $"Set away (reassign: {AwayModeReassign})" : "Set back from away",
                id => (o, ct) => Api.Admins.SetAwayAsync(id, AwayModeEnabled, AwayModeReassign, o, ct));
    }
}
