using System.Management.Automation;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    [Cmdlet(VerbsCommon.Remove, "IntercomConversationTag", SupportsShouldProcess = true)]
    [OutputType(typeof(Tag))]
    [IntercomOperation("detachTagFromConversation")]
    public sealed class RemoveIntercomConversationTagCommand : AdminTaggingCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("ConversationId")]
        [ValidateIntercomId]
        public string[] Id { get; set; }

        protected override void ProcessRecord() =>
            ForEachId(Id, "conversation", $"Remove tag {TagId}", (id, admin) => (o, ct) => Api.Tags.DetachFromConversationAsync(id, TagId, admin, o, ct));
    }
}
