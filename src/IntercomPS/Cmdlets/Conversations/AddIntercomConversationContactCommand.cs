using System.Management.Automation;
using IntercomPS.Client;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Adds a contact to conversations (making them group conversations), named by Intercom's id, your user id or
    /// email; by email, Intercom creates a lead when no contact has it. Writes the conversation's contacts afterwards.
    /// </summary>
    [Cmdlet(VerbsCommon.Add, "IntercomConversationContact", DefaultParameterSetName = ByContactIdSet, SupportsShouldProcess = true)]
    [OutputType(typeof(ConversationContacts))]
    [IntercomOperation("attachContactToConversation")]
    public sealed class AddIntercomConversationContactCommand : ConversationAdminActionCmdlet
    {
        private const string ByContactIdSet = "ByContactId";
        private const string ByUserIdSet = "ByUserId";
        private const string ByEmailSet = "ByEmail";

        /// <summary>The contact to add, by Intercom's id.</summary>
        [Parameter(ParameterSetName = ByContactIdSet, Mandatory = true, Position = 1)]
        [Alias("IntercomUserId")]
        [ValidateIntercomId]
        public string ContactId { get; set; }

        /// <summary>The contact to add, by your user id (the contact's external_id).</summary>
        [Parameter(ParameterSetName = ByUserIdSet, Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string UserId { get; set; }

        /// <summary>The contact to add, by email.</summary>
        [Parameter(ParameterSetName = ByEmailSet, Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string Email { get; set; }

        protected override void ProcessRecord()
        {
            var contact = ContactKey.Of(ContactId, UserId, Email);
            ChangeEach<ConversationContacts>($"Add the contact with {contact}", id => (o, ct) => Api.Conversations.AttachContactAsync(id, ActingAdminId, contact, o, ct));
        }
    }
}
