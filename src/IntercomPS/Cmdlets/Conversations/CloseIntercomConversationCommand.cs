using System.Management.Automation;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Closes conversations, optionally with a closing message to the contact.</summary>
    [Cmdlet(VerbsCommon.Close, "IntercomConversation", SupportsShouldProcess = true)]
    [OutputType(typeof(Conversation))]
    [IntercomOperation("manageConversation")]
    public sealed class CloseIntercomConversationCommand : ConversationAdminActionCmdlet
    {
        /// <summary>A closing message the contact sees (HTML allowed).</summary>
        [Parameter(Position = 1)]
        [ValidateNotNullOrEmpty]
        public string Body { get; set; }

        protected override void ProcessRecord() =>
            ChangeEach<Conversation>("Close", id => (o, ct) => Api.Conversations.CloseAsync(id, ActingAdminId, Body, o, ct));
    }
}
