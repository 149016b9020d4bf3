using System.Management.Automation;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Removes a contact from group conversations; the last contact of a conversation cannot be removed. Writes the
    /// conversation's contacts afterwards.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "IntercomConversationContact", SupportsShouldProcess = true)]
    [OutputType(typeof(ConversationContacts))]
    [IntercomOperation("detachContactFromConversation")]
    public sealed class RemoveIntercomConversationContactCommand : ConversationAdminActionCmdlet
    {
        /// <summary>The contact to remove, by Intercom's id.</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [ValidateIntercomId]
        public string ContactId { get; set; }

        protected override void ProcessRecord() =>
            ChangeEach<ConversationContacts>($"Remove contact {ContactId}", id => (o, ct) => Api.Conversations.DetachContactAsync(id, ContactId, ActingAdminId, o, ct));
    }
}
