using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using IntercomPS.Infrastructure;
using IntercomPS.Infrastructure.Completion;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Changes ticket types: name, description, category, icon, internal use, archived. There is no delete: archiving
    /// is the end of a type, so -Archived $true also asks ShouldContinue unless -Force is given.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "IntercomTicketType", SupportsShouldProcess = true)]
    [OutputType(typeof(TicketType))]
    [IntercomOperation("updateTicketType")]
    public sealed class SetIntercomTicketTypeCommand : ArchivableChangeCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("TicketTypeId")]
        [ValidateIntercomId]
        [ArgumentCompleter(typeof(TicketTypeIdCompleter))]
        public string[] Id { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; }

        [Parameter]
        public string Description { get; set; }

        [Parameter]
        [ValidateSet("Customer", "Back-office", "Tracker")]
        public string Category { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string Icon { get; set; }

        [Parameter]
        public bool IsInternal { get; set; }

        protected override IReadOnlyList<(string Parameter, string Field)> Fields =>
            TicketTypeFields.Writable.Append(("Archived", "archived")).ToList();

        protected override string ArchiveConsequence => "No new tickets can be created with an archived type.";

        protected override Dictionary<string, object> BuildChanges() => TicketTypeFields.Normalized(base.BuildChanges());

        protected override void ProcessRecord()
        {
            foreach (var id in Id)
            {
                if (Confirmed($"ticket type {id}"))
                    ForItem(id, () => WriteObject(Invoke((o, ct) => Api.TicketTypes.UpdateAsync(id, Changes, o, ct))));
            }
        }
    }
}
