using System.Management.Automation;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Redacts conversation parts, or the message that started the conversation ("Redact" is not an approved verb:
    /// the part stays, its content is wiped). A part must have a body; a source must have been written by a contact.
    /// </summary>
    [Cmdlet(VerbsCommon.Clear, "IntercomConversationPart", DefaultParameterSetName = PartSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(Conversation))]
    [IntercomOperation("redactConversation")]
    public sealed class ClearIntercomConversationPartCommand : IntercomCmdlet
    {
        private const string PartSet = "Part";
        private const string SourceSet = "Source";

        /// <summary>The conversation (sent in the body as conversation_id).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("ConversationId")]
        [ValidateIntercomId]
        public string Id { get; set; }

        /// <summary>The parts to redact, from the conversation's ConversationParts.</summary>
        [Parameter(ParameterSetName = PartSet, Mandatory = true, Position = 1)]
        [ValidateIntercomId]
        public string[] ConversationPartId { get; set; }

        /// <summary>The conversation's source message to redact (its Source.Id).</summary>
        [Parameter(ParameterSetName = SourceSet, Mandatory = true)]
        [ValidateIntercomId]
        public string SourceId { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == PartSet)
            {
                ChangeEach<Conversation>(ConversationPartId, "conversation part", $"Redact (conversation {Id})", partId => (o, ct) => Api.Conversations.RedactPartAsync(Id, partId, o, ct));
                return;
            }
            if (!ShouldProcess($"source {SourceId}", $"Redact (conversation {Id})")) return;
            ForItem(SourceId, () => WriteObject(Invoke((o, ct) => Api.Conversations.RedactSourceAsync(Id, SourceId, o, ct))));
        }
    }
}
