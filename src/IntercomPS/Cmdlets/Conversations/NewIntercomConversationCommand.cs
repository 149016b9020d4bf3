using System;
using System.Management.Automation;
using IntercomPS.Client;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Starts a conversation as a contact (as if they wrote in from the Messenger). Piped contacts bind by their Id
    /// and Role. Intercom answers with the message, whose ConversationId is the new conversation.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "IntercomConversation", SupportsShouldProcess = true)]
    [OutputType(typeof(Message))]
    [IntercomOperation("createConversation")]
    public sealed class NewIntercomConversationCommand : IntercomCmdlet
    {
        /// <summary>The contact who writes; piped contacts bind by their Id.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Id", "ContactId")]
        [ValidateIntercomId]
        public string FromId { get; set; }

        /// <summary>user, lead or contact (a visitor's id with contact); piped contacts bind by their Role.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("Role")]
        [ValidateSet("user", "lead", "contact")]
        public string FromType { get; set; } = "user";

        /// <summary>The message, HTML allowed.</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        public string Body { get; set; }

        [Parameter]
        public string Subject { get; set; }

        /// <summary>Up to 10 public http(s) URLs of files to attach.</summary>
        [Parameter]
        [ValidateAttachmentUrl]
        public Uri[] AttachmentUrl { get; set; }

        /// <summary>When the contact wrote it, if not now.</summary>
        [Parameter]
        public DateTimeOffset? CreatedAt { get; set; }

        protected override void ProcessRecord()
        {
            var fromType = FromType.ToLowerInvariant();
            if (!ShouldProcess($"{fromType} {FromId}", "Start a conversation")) return;
            var content = new MessageContent(Body) { Subject = Subject, AttachmentUrls = ValidateAttachmentUrlAttribute.ToText(AttachmentUrl), CreatedAt = CreatedAt };
            ForItem(FromId, () => WriteObject(Invoke((o, ct) => Api.Conversations.CreateAsync(fromType, FromId, content, o, ct))));
        }
    }
}
