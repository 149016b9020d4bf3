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
    public sealed class SetIntercomTicketTypeCommand : TicketTypeFieldsCmdlet
    {
        private Dictionary<string, object> _changes;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("TicketTypeId")]
        [ValidateIntercomId]
        [ArgumentCompleter(typeof(TicketTypeIdCompleter))]
        public string[] Id { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; }

        [Parameter]
        public bool Archived { get; set; }

        /// <summary>Archives without the extra confirmation.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            _changes = TicketTypeBody(("Archived", "archived"));
            if (_changes.Count == 0) ThrowTerminatingError(NothingToChange(Fields.Select(f => f.Parameter).Append("Archived")));
        }

        protected override void ProcessRecord()
        {
            foreach (var id in Id)
            {
                if (ChangeRules.Confirmed(this, $"ticket type {id}", _changes, Force, "No new tickets can be created with an archived type."))
                    ForItem(id, () => WriteObject(Invoke((o, ct) => Api.TicketTypes.UpdateAsync(id, _changes, o, ct))));
            }
        }
    }
}
