using System.Management.Automation;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Gets tickets by Intercom id. API 2.11 cannot list tickets: Search-IntercomTicket finds them.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomTicket")]
    [OutputType(typeof(Ticket))]
    [IntercomOperation("getTicket")]
    public sealed class GetIntercomTicketCommand : IntercomCmdlet
    {
        /// <summary>The ticket's Intercom id; deliberately no TicketId alias (a ticket's TicketId is its inbox number).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateIntercomId]
        public string[] Id { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var id in Id)
                ForItem(id, () => WriteObject(Invoke((o, ct) => Api.Tickets.GetAsync(id, o, ct))));
        }
    }
}
