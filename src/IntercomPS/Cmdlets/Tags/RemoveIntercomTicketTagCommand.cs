using System.Management.Automation;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    [Cmdlet(VerbsCommon.Remove, "IntercomTicketTag", SupportsShouldProcess = true)]
    [OutputType(typeof(Tag))]
    [IntercomOperation("detachTagFromTicket")]
    public sealed class RemoveIntercomTicketTagCommand : AdminTaggingCmdlet
    {
        /// <summary>The ticket's Intercom id; deliberately no TicketId alias (a ticket's TicketId is its inbox number).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateIntercomId]
        public string[] Id { get; set; }

        protected override void ProcessRecord() =>
            ForEachId(Id, "ticket", $"Remove tag {TagId}", (id, admin) => (o, ct) => Api.Tags.DetachFromTicketAsync(id, TagId, admin, o, ct));
    }
}
