using System.Management.Automation;
using IntercomPS.Infrastructure;
using IntercomPS.Infrastructure.Completion;

namespace IntercomPS.Cmdlets
{
    [Cmdlet(VerbsCommon.Get, "IntercomAdmin", DefaultParameterSetName = ListSet)]
    [OutputType(typeof(Admin), ParameterSetName = new[] { ListSet, ByIdSet })]
    [OutputType(typeof(AdminWithApp), ParameterSetName = new[] { CurrentSet })]
    [IntercomOperation("listAdmins", ParameterSet = ListSet)]
    [IntercomOperation("retrieveAdmin", ParameterSet = ByIdSet)]
    [IntercomOperation("identifyAdmin", ParameterSet = CurrentSet)]
    public sealed class GetIntercomAdminCommand : IntercomCmdlet
    {
        private const string ListSet = "List";
        private const string ByIdSet = "ById";
        private const string CurrentSet = "Current";

        [Parameter(ParameterSetName = ByIdSet, Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("AdminId")]
        [ValidateIntercomId]
        [ArgumentCompleter(typeof(AdminIdCompleter))]
        public string[] Id { get; set; }

        /// <summary>The admin the token belongs to (GET /me), with its workspace.</summary>
        [Parameter(ParameterSetName = CurrentSet, Mandatory = true)]
        [Alias("Me")]
        public SwitchParameter Current { get; set; }

        /// <summary>Client-side filter on the admin's name.</summary>
        [Parameter(ParameterSetName = ListSet, Position = 0)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(AdminNameCompleter))]
        public string Name { get; set; }

        protected override void ProcessRecord()
        {
            switch (ParameterSetName)
            {
                case CurrentSet:
                    ForItem(null, () => WriteObject(Invoke((o, ct) => Api.Admins.MeAsync(o, ct))));
                    break;
                case ByIdSet:
                    foreach (var id in Id)
                        ForItem(id, () => WriteObject(Invoke((o, ct) => Api.Admins.GetAsync(id, o, ct))));
                    break;
                default:
                    WritePages(Api.Admins.List(), NameFilter<Admin>(Name, a => a.Name));
                    break;
            }
        }
    }
}
