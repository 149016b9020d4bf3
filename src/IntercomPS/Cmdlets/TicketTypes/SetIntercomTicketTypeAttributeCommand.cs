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
    public sealed class SetIntercomTicketTypeAttributeCommand : ArchivableChangeCmdlet
    {
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

        /// <summary>Replaces the choices of a list attribute.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ValidatePattern("^[^,]+$")]
        [Alias("ListItems")]
        public string[] ListItem { get; set; }

        [Parameter]
        public bool RequiredToCreate { get; set; }

        [Parameter]
        public bool RequiredToCreateForContacts { get; set; }

        [Parameter]
        public bool VisibleOnCreate { get; set; }

        [Parameter]
        public bool VisibleToContacts { get; set; }

        [Parameter]
        public bool Multiline { get; set; }

        [Parameter]
        public bool AllowMultipleValues { get; set; }

        protected override IReadOnlyList<(string Parameter, string Field)> Fields =>
            TicketTypeAttributeFields.Writable.Append(("Archived", "archived")).ToList();

        protected override string ArchiveConsequence => "It is no longer shown when tickets are created (existing tickets keep their values).";

        protected override Dictionary<string, object> BuildChanges() => TicketTypeAttributeFields.WithListItemsJoined(base.BuildChanges(), ListItem);

        protected override void ProcessRecord()
        {
            if (Confirmed($"attribute {Id} of ticket type {TicketTypeId}"))
                ForItem(Id, () => WriteObject(Invoke((o, ct) => Api.TicketTypes.UpdateAttributeAsync(TicketTypeId, Id, Changes, o, ct))));
        }
    }
}
