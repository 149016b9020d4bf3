using System.Management.Automation;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Creates a ticket type; Intercom gives it the _default_title_ and _default_description_ attributes.</summary>
    [Cmdlet(VerbsCommon.New, "IntercomTicketType", SupportsShouldProcess = true)]
    [OutputType(typeof(TicketType))]
    [IntercomOperation("createTicketType")]
    public sealed class NewIntercomTicketTypeCommand : TicketTypeFieldsCmdlet
    {
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; }

        protected override void ProcessRecord()
        {
            var body = TicketTypeBody();
            if (!ShouldProcess($"ticket type '{Name}'", "Create ticket type")) return;
            ForItem(Name, () => WriteObject(Invoke((o, ct) => Api.TicketTypes.CreateAsync(body, o, ct))));
        }
    }
}
