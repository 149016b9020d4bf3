using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using IntercomPS.Infrastructure;
using IntercomPS.Infrastructure.Completion;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Changes ticket type attributes. There is no GET for attributes: pipe them from a ticket type,
    /// (Get-IntercomTicketType -Id 12).TicketTypeAttributes, which bind both Id and TicketTypeId. Archiving hides an
    /// attribute from new tickets, so -Archived $true also asks ShouldContinue unless -Force is given.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "IntercomTicketTypeAttribute", SupportsShouldProcess = true)]
    [OutputType(typeof(TicketTypeAttribute))]
    [IntercomOperation("updateTicketTypeAttribute")]
    public sealed class SetIntercomTicketTypeAttributeCommand : TicketTypeAttributeFieldsCmdlet
    {
        private Dictionary<string, object> _changes;

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateIntercomId]
        [ArgumentCompleter(typeof(TicketTypeIdCompleter))]
        public string TicketTypeId { get; set; }

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("AttributeId")]
        [ValidateIntercomId]
        public string Id { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string Description { get; set; }

        [Parameter]
        public bool Archived { get; set; }

        /// <summary>Archives without the extra confirmation.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            _changes = AttributeBody(("Archived", "archived"));
            if (_changes.Count == 0) ThrowTerminatingError(NothingToChange(Fields.Select(f => f.Parameter).Append("Archived")));
        }

        protected override void ProcessRecord()
        {
            const string consequence = "It is no longer shown when tickets are created (existing tickets keep their values).";
            if (ChangeRules.Confirmed(this, $"attribute {Id} of ticket type {TicketTypeId}", _changes, Force, consequence))
                ForItem(Id, () => WriteObject(Invoke((o, ct) => Api.TicketTypes.UpdateAttributeAsync(TicketTypeId, Id, _changes, o, ct))));
        }
    }
}
