using System.Management.Automation;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Opens conversations again: reopens closed ones and wakes snoozed ones.</summary>
    [Cmdlet(VerbsCommon.Open, "IntercomConversation", SupportsShouldProcess = true)]
    [OutputType(typeof(Conversation))]
    [IntercomOperation("manageConversation", AlsoCalls = true)]
    public sealed class OpenIntercomConversationCommand : ConversationAdminActionCmdlet
    {
        protected override void ProcessRecord() =>
            ChangeEach<Conversation>("Open", id => (o, ct) => Api.Conversations.OpenAsync(id, ActingAdminId, o, ct));
    }
}
