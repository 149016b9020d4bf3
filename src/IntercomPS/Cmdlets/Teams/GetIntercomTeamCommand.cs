using System.Management.Automation;
using IntercomPS.Infrastructure;
using IntercomPS.Infrastructure.Completion;

namespace IntercomPS.Cmdlets
{
    /// <summary>Lists the workspace's teams (optionally filtered by a name pattern) or gets them by id.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomTeam", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Team))]
    [IntercomOperation("listTeams", ParameterSet = ListSet)]
    [IntercomOperation("retrieveTeam", ParameterSet = ByIdSet)]
    public sealed class GetIntercomTeamCommand : IntercomCmdlet
    {
        private const string ListSet = "List";
        private const string ByIdSet = "ById";

        [Parameter(ParameterSetName = ByIdSet, Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("TeamId")]
        [ValidateIntercomId]
        [ArgumentCompleter(typeof(TeamIdCompleter))]
        public string[] Id { get; set; }

        /// <summary>Client-side filter: the API has no name search.</summary>
        [Parameter(ParameterSetName = ListSet, Position = 0)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(TeamNameCompleter))]
        public string Name { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == ListSet)
            {
                WritePages(Api.Teams.List(), NameFilter<Team>(Name, team => team.Name));
                return;
            }
            foreach (var id in Id)
                ForItem(id, () => WriteObject(Invoke((o, ct) => Api.Teams.GetAsync(id, o, ct))));
        }
    }
}
