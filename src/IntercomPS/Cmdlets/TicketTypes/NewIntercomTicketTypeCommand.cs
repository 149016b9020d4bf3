using System.Management.Automation;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Creates a ticket type; Intercom gives it the _default_title_ and _default_description_ attributes.</summary>
    [Cmdlet(VerbsCommon.New, "IntercomTicketType", SupportsShouldProcess = true)]
    [OutputType(typeof(TicketType))]
    [IntercomOperation("createTicketType")]
    public sealed class NewIntercomTicketTypeCommand : IntercomCmdlet
    {
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; }

        [Parameter]
        public string Description { get; set; }

        [Parameter]
        [ValidateSet("Customer", "Back-office", "Tracker")]
        public string Category { get; set; }

        /// <summary>An emoji; Intercom's default is a ticket.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string Icon { get; set; }

        /// <summary>Whether its tickets are for internal use only (a limited attribute).</summary>
        [Parameter]
        public bool IsInternal { get; set; }

        protected override void ProcessRecord()
        {
            var body = TicketTypeFields.Normalized(BoundBody(TicketTypeFields.Writable));
            if (!ShouldProcess($"ticket type '{Name}'", "Create ticket type")) return;
            ForItem(Name, () => WriteObject(Invoke((o, ct) => Api.TicketTypes.CreateAsync(body, o, ct))));
        }
    }
}
