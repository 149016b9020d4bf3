using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using IntercomPS.Infrastructure;
using IntercomPS.Infrastructure.Completion;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Converts conversations to tickets of a ticket type. Unlike most ConvertTo- cmdlets it changes the workspace,
    /// for good: a ticket does not turn back into a conversation.
    /// </summary>
    [Cmdlet(VerbsData.ConvertTo, "IntercomTicket", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(Ticket))]
    [IntercomOperation("convertConversationToTicket")]
    public sealed class ConvertToIntercomTicketCommand : ConversationChangeCmdlet
    {
        /// <summary>The ticket type; it must be a customer ticket type.</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [ValidateIntercomId]
        [ArgumentCompleter(typeof(TicketTypeIdCompleter))]
        public string TicketTypeId { get; set; }

        /// <summary>The ticket's attributes by name, e.g. @{ _default_title_ = 'Refund' }; list attributes take the list item's id.</summary>
        [Parameter]
        [Alias("TicketAttributes")]
        public Hashtable TicketAttribute { get; set; }

        protected override void ProcessRecord()
        {
            var attributes = TicketAttribute == null ? null : (IDictionary<string, object>)PlainValue.FromPowerShell(TicketAttribute);
            ChangeEach<Ticket>($"Convert to a ticket of type {TicketTypeId}", id => (o, ct) => Api.Conversations.ConvertToTicketAsync(id, TicketTypeId, attributes, o, ct));
        }
    }
}
