using System;
using System.Management.Automation;
using IntercomPS.Client;
using IntercomPS.Infrastructure;
using IntercomPS.Infrastructure.Completion;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Replies to conversations as an admin (a comment, or a note only admins see) or on behalf of a contact named
    /// by one of its ids. The conversation id may be "last": the contact's most recent conversation.
    /// </summary>
    [Cmdlet(VerbsCommunications.Send, "IntercomConversationReply", DefaultParameterSetName = AdminSet, SupportsShouldProcess = true)]
    [OutputType(typeof(Conversation))]
    [IntercomOperation("replyConversation")]
    public sealed class SendIntercomConversationReplyCommand : ConversationChangeCmdlet
    {
        private const string AdminSet = "Admin";
        private const string ByIntercomUserIdSet = "ContactByIntercomId";
        private const string ByUserIdSet = "ContactByUserId";
        private const string ByEmailSet = "ContactByEmail";

        /// <summary>The reply, HTML allowed.</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        public string Body { get; set; }

        /// <summary>The admin who replies; defaults to the admin the session connected as.</summary>
        [Parameter(ParameterSetName = AdminSet)]
        [ValidateIntercomId]
        [ArgumentCompleter(typeof(AdminIdCompleter))]
        public string AdminId { get; set; }

        /// <summary>comment (the contact sees it) or note (only admins do). A contact can only comment.</summary>
        [Parameter(ParameterSetName = AdminSet)]
        [ValidateSet("comment", "note")]
        public string MessageType { get; set; } = "comment";

        /// <summary>The contact who replies, by Intercom's id.</summary>
        [Parameter(ParameterSetName = ByIntercomUserIdSet, Mandatory = true)]
        [Alias("ContactId")]
        [ValidateIntercomId]
        public string IntercomUserId { get; set; }

        /// <summary>The contact who replies, by your user id (the contact's external_id).</summary>
        [Parameter(ParameterSetName = ByUserIdSet, Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string UserId { get; set; }

        /// <summary>The contact who replies, by email.</summary>
        [Parameter(ParameterSetName = ByEmailSet, Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string Email { get; set; }

        /// <summary>Up to 10 public http(s) URLs of files to attach.</summary>
        [Parameter]
        [ValidateAttachmentUrl]
        public Uri[] AttachmentUrl { get; set; }

        /// <summary>When the reply was written, if not now.</summary>
        [Parameter]
        public DateTimeOffset? CreatedAt { get; set; }

        protected override void ProcessRecord()
        {
            var content = new MessageContent(Body) { AttachmentUrls = ValidateAttachmentUrlAttribute.ToText(AttachmentUrl), CreatedAt = CreatedAt };
            if (ParameterSetName == AdminSet)
            {
                var note = MessageType.Equals("note", StringComparison.OrdinalIgnoreCase);
                ChangeEach<Conversation>(note ? "Add a note" : "Reply as admin", id => (o, ct) => Api.Conversations.ReplyAsAdminAsync(id, AdminIdOrDefault(AdminId), note, content, o, ct));
                return;
            }
            var contact = ContactKey.Of(IntercomUserId, UserId, Email);
            ChangeEach<Conversation>($"Reply as the contact with {contact}", id => (o, ct) => Api.Conversations.ReplyAsContactAsync(id, contact, content, o, ct));
        }
    }
}
