using System.Management.Automation;
using IntercomPS.Client;
using IntercomPS.Infrastructure;
using IntercomPS.Infrastructure.Completion;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Assigns conversations to an admin or a team ("0" unassigns), or lets the workspace's assignment rules decide
    /// (an endpoint deprecated from API 2.12 and removed on 31 December 2026).
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "IntercomConversationAssignee", DefaultParameterSetName = AdminSet, SupportsShouldProcess = true)]
    [OutputType(typeof(Conversation))]
    [IntercomOperation("manageConversation", ParameterSet = AdminSet, AlsoCalls = true)]
    [IntercomOperation("manageConversation", ParameterSet = TeamSet, AlsoCalls = true)]
    [IntercomOperation("autoAssignConversation", ParameterSet = AssignmentRulesSet)]
    public sealed class SetIntercomConversationAssigneeCommand : ConversationChangeCmdlet
    {
        private const string AdminSet = "ToAdmin";
        private const string TeamSet = "ToTeam";
        private const string AssignmentRulesSet = "AssignmentRules";

        /// <summary>The admin to assign to; 0 unassigns the admin.</summary>
        [Parameter(ParameterSetName = AdminSet, Mandatory = true)]
        [ValidateIntercomId]
        [ArgumentCompleter(typeof(AdminIdCompleter))]
        public string AdminId { get; set; }

        /// <summary>The team to assign to; 0 unassigns the team.</summary>
        [Parameter(ParameterSetName = TeamSet, Mandatory = true)]
        [ValidateIntercomId]
        [ArgumentCompleter(typeof(TeamIdCompleter))]
        public string TeamId { get; set; }

        /// <summary>Runs the workspace's assignment rules instead (deprecated: not after 31 December 2026, not with Workflows).</summary>
        [Parameter(ParameterSetName = AssignmentRulesSet, Mandatory = true)]
        public SwitchParameter UseAssignmentRules { get; set; }

        /// <summary>A message to go with the assignment.</summary>
        [Parameter(ParameterSetName = AdminSet)]
        [Parameter(ParameterSetName = TeamSet)]
        [ValidateNotNullOrEmpty]
        public string Body { get; set; }

        /// <summary>The admin who makes the assignment; defaults to the admin the session connected as.</summary>
        [Parameter(ParameterSetName = AdminSet)]
        [Parameter(ParameterSetName = TeamSet)]
        [ValidateIntercomId]
        [ArgumentCompleter(typeof(AdminIdCompleter))]
        public string ActingAdminId { get; set; }

        protected override void BeginProcessing()
        {
            if (UseAssignmentRules)
                WriteWarning("Running assignment rules is deprecated from Intercom API 2.12 and fails after 31 December 2026; it does not work with Workflows.");
            base.BeginProcessing();
        }

        protected override void ProcessRecord()
        {
            if (UseAssignmentRules)
            {
                ChangeEach<Conversation>("Run assignment rules", id => (o, ct) => Api.Conversations.RunAssignmentRulesAsync(id, o, ct));
                return;
            }
            var (type, assignee) = ParameterSetName == TeamSet ? (AssigneeType.Team, TeamId) : (AssigneeType.Admin, AdminId);
            var kind = type.ToString().ToLowerInvariant();
            ChangeEach<Conversation>(assignee == "0" ? $"Unassign the {kind}" : $"Assign to {kind} {assignee}", id => (o, ct) =>
                Api.Conversations.AssignAsync(id, AdminIdOrDefault(ActingAdminId, nameof(ActingAdminId)), type, assignee, Body, o, ct));
        }
    }
}
