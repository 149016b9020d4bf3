using System.Management.Automation;
using IntercomPS.Infrastructure;
using IntercomPS.Infrastructure.Completion;

namespace IntercomPS.Cmdlets
{
    /// <summary>Lists ticket types (optionally filtered by a name pattern) or gets them by id, with their attributes.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomTicketType", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(TicketType))]
    [IntercomOperation("listTicketTypes", ParameterSet = ListSet)]
    [IntercomOperation("getTicketType", ParameterSet = ByIdSet)]
    public sealed class GetIntercomTicketTypeCommand : IntercomCmdlet
    {
        private const string ListSet = "List";
        private const string ByIdSet = "ById";

        [Parameter(ParameterSetName = ByIdSet, Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("TicketTypeId")]
        [ValidateIntercomId]
        [ArgumentCompleter(typeof(TicketTypeIdCompleter))]
        public string[] Id { get; set; }

        /// <summary>Client-side filter: the API has no name search.</summary>
        [Parameter(ParameterSetName = ListSet, Position = 0)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(TicketTypeNameCompleter))]
        public string Name { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == ListSet)
            {
                WritePages(Api.TicketTypes.List(), NameFilter<TicketType>(Name, type => type.Name));
                return;
            }
            foreach (var id in Id)
                ForItem(id, () => WriteObject(Invoke((o, ct) => Api.TicketTypes.GetAsync(id, o, ct))));
        }
    }
}
