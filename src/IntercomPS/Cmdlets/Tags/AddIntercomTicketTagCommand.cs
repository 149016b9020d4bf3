using System.Management.Automation;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    [Cmdlet(VerbsCommon.Add, "IntercomTicketTag", SupportsShouldProcess = true)]
    [OutputType(typeof(Tag))]
    [IntercomOperation("attachTagToTicket")]
    public sealed class AddIntercomTicketTagCommand : AdminTaggingCmdlet
    {
        /// <summary>The ticket's Intercom id; deliberately no TicketId alias (a ticket's TicketId is its inbox number).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateIntercomId]
        public string[] Id { get; set; }

        protected override void ProcessRecord() =>
            ForEachId(Id, "ticket", $"Add tag {TagId}", (id, admin) => (o, ct) => Api.Tags.AttachToTicketAsync(id, TagId, admin, o, ct));
    }
}
