using System.Management.Automation;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    [Cmdlet(VerbsCommon.Add, "IntercomConversationTag", SupportsShouldProcess = true)]
    [OutputType(typeof(Tag))]
    [IntercomOperation("attachTagToConversation")]
    public sealed class AddIntercomConversationTagCommand : AdminTaggingCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("ConversationId")]
        [ValidateIntercomId]
        public string[] Id { get; set; }

        protected override void ProcessRecord() =>
            ForEachId(Id, "conversation", $"Add tag {TagId}", (id, admin) => (o, ct) => Api.Tags.AttachToConversationAsync(id, TagId, admin, o, ct));
    }
}
