using System;
using System.Globalization;
using System.Management.Automation;
using IntercomPS.Client;
using IntercomPS.Infrastructure;
using IntercomPS.Infrastructure.Completion;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Sends an admin's message to contacts, in-app or by email, one request each; piped contacts bind by their Id
    /// and Role, and a contact that fails is an error of its own while the others are still sent.
    /// </summary>
    [Cmdlet(VerbsCommunications.Send, "IntercomMessage", SupportsShouldProcess = true)]
    [OutputType(typeof(Message))]
    [IntercomOperation("createMessage")]
    public sealed class SendIntercomMessageCommand : ThrottledCmdlet
    {
        /// <summary>The contacts to write to; piped contacts bind by their Id.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Id", "ContactId")]
        [ValidateIntercomId]
        public string[] ToId { get; set; }

        /// <summary>user or lead; piped contacts bind by their Role.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("Role")]
        [ValidateSet("user", "lead")]
        public string ToType { get; set; } = "user";

        /// <summary>in_app (shown in the Messenger) or email (needs -Subject).</summary>
        [Parameter(Mandatory = true)]
        [ValidateSet("in_app", "email")]
        public string MessageType { get; set; }

        /// <summary>The message, HTML allowed.</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        public string Body { get; set; }

        /// <summary>The email's subject; required with -MessageType email.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string Subject { get; set; }

        /// <summary>The email's style: plain (the default for email) or personal.</summary>
        [Parameter]
        [ValidateSet("plain", "personal")]
        public string Template { get; set; }

        /// <summary>The admin who sends it; defaults to the admin the session connected as.</summary>
        [Parameter]
        [ValidateRange(1, long.MaxValue)]
        [ArgumentCompleter(typeof(AdminIdCompleter))]
        public long? FromId { get; set; }

        /// <summary>When it was sent, if not now.</summary>
        [Parameter]
        public DateTimeOffset? CreatedAt { get; set; }

        /// <summary>Creates the conversation at once, rather than when the contact first replies; the message's ConversationId names it.</summary>
        [Parameter]
        public SwitchParameter CreateConversationWithoutContactReply { get; set; }

        private bool IsEmail => MessageType.Equals("email", StringComparison.OrdinalIgnoreCase);

        protected override void BeginProcessing()
        {
            if (IsEmail && Subject == null)
            {
                ThrowInvalidArgument("-Subject is required with -MessageType email.", "SubjectRequired", parameter: nameof(Subject));
            }
            base.BeginProcessing();
        }

        protected override void ProcessRecord()
        {
            var toType = ToType.ToLowerInvariant();
            var messageType = MessageType.ToLowerInvariant();
            var template = IsEmail ? (Template ?? "plain").ToLowerInvariant() : Template?.ToLowerInvariant();
            var content = new MessageContent(Body) { Subject = Subject, CreatedAt = CreatedAt };
            ChangeEach<Message>(ToId, toType, $"Send {messageType.Replace('_', '-')} message", id => (o, ct) =>
                Api.Messages.CreateAsync(messageType, Sender(), toType, id, content, template, CreateConversationWithoutContactReply, o, ct));
        }

        /// <summary>-FromId, else the connected admin; createMessage types from.id as an integer.</summary>
        private long Sender()
        {
            if (FromId != null) return FromId.Value;
            var admin = AdminIdOrDefault(null, nameof(FromId));
            if (long.TryParse(admin, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return id;
            ThrowInvalidArgument($"-FromId is required: the connected admin's id '{admin}' is not a number.", "FromIdRequired", parameter: nameof(FromId));
            return 0;
        }
    }
}
