using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using IntercomPS.Infrastructure;
using IntercomPS.Infrastructure.Completion;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Replies to tickets as an admin (a comment, a note or quick-reply options) or on behalf of a contact. The reply
    /// is built and checked once, before any request; Intercom refuses contact replies on Back-office tickets.
    /// </summary>
    [Cmdlet(VerbsCommunications.Send, "IntercomTicketReply", DefaultParameterSetName = AdminSet, SupportsShouldProcess = true)]
    [OutputType(typeof(TicketPart))]
    [IntercomOperation("replyTicket")]
    public sealed class SendIntercomTicketReplyCommand : ThrottledCmdlet
    {
        private const string AdminSet = "Admin";
        private const string ByIntercomUserIdSet = "ContactByIntercomId";
        private const string ByUserIdSet = "ContactByUserId";
        private const string ByEmailSet = "ContactByEmail";

        private Dictionary<string, object> _reply;

        /// <summary>The ticket's Intercom id; deliberately no TicketId alias (a ticket's TicketId is its inbox number).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateIntercomId]
        public string[] Id { get; set; }

        /// <summary>The text; notes accept some HTML. Needed for every reply but quick_reply.</summary>
        [Parameter(ParameterSetName = AdminSet, Position = 1)]
        [Parameter(ParameterSetName = ByIntercomUserIdSet, Mandatory = true, Position = 1)]
        [Parameter(ParameterSetName = ByUserIdSet, Mandatory = true, Position = 1)]
        [Parameter(ParameterSetName = ByEmailSet, Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        public string Body { get; set; }

        /// <summary>The admin who replies; defaults to the admin the session connected as.</summary>
        [Parameter(ParameterSetName = AdminSet)]
        [ValidateIntercomId]
        [ArgumentCompleter(typeof(AdminIdCompleter))]
        public string AdminId { get; set; }

        /// <summary>comment (seen by the customer), note (admins only) or quick_reply; by default quick_reply with -ReplyOption, else comment.</summary>
        [Parameter(ParameterSetName = AdminSet)]
        [ValidateSet("comment", "note", "quick_reply")]
        public string MessageType { get; set; }

        /// <summary>The choices of a quick_reply; each gets a new uuid.</summary>
        [Parameter(ParameterSetName = AdminSet)]
        [ValidateNotNullOrEmpty]
        public string[] ReplyOption { get; set; }

        /// <summary>Posts a note on a Back-office ticket to its linked conversations as well.</summary>
        [Parameter(ParameterSetName = AdminSet)]
        public SwitchParameter CrossPost { get; set; }

        /// <summary>Replies as the contact with this Intercom id.</summary>
        [Parameter(ParameterSetName = ByIntercomUserIdSet, Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string IntercomUserId { get; set; }

        /// <summary>Replies as the contact with this external id (user_id).</summary>
        [Parameter(ParameterSetName = ByUserIdSet, Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string UserId { get; set; }

        /// <summary>Replies as the contact with this email.</summary>
        [Parameter(ParameterSetName = ByEmailSet, Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string Email { get; set; }

        /// <summary>Up to 10 image URLs to attach.</summary>
        [Parameter]
        [ValidateCount(1, 10)]
        public Uri[] AttachmentUrl { get; set; }

        [Parameter]
        public DateTimeOffset CreatedAt { get; set; }

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            _reply = ParameterSetName == AdminSet ? AdminReply() : ContactReply();
            foreach (var field in BoundBody(("Body", "body"), ("CreatedAt", "created_at"))) _reply[field.Key] = field.Value;
            if (AttachmentUrl != null) _reply["attachment_urls"] = AttachmentUrl.Select(u => u.OriginalString).ToList();
        }

        protected override void ProcessRecord() =>
            ChangeEach<TicketPart>(Id, "ticket", Action, id => (o, ct) => Api.Tickets.ReplyAsync(id, _reply, o, ct));

        private string Action => _reply["type"] as string == "admin"
            ? $"Add a {_reply["message_type"]} as admin {_reply["admin_id"]}"
            : $"Reply as contact {IntercomUserId ?? UserId ?? Email}";

        private Dictionary<string, object> AdminReply()
        {
            var messageType = MessageType ?? (ReplyOption != null ? "quick_reply" : "comment");
            if (ReplyOption != null && messageType != "quick_reply") Refuse(nameof(ReplyOption), $"-ReplyOption makes a quick_reply; it does not go with -MessageType {messageType}.");
            if (messageType == "quick_reply" && ReplyOption == null) Refuse(nameof(ReplyOption), "A quick_reply needs its choices: give -ReplyOption.");
            if (messageType != "quick_reply" && Body == null) Refuse(nameof(Body), $"A {messageType} needs -Body.");
            if (CrossPost && messageType != "note") Refuse(nameof(CrossPost), "-CrossPost applies to notes only (-MessageType note).");
            var reply = new Dictionary<string, object> { ["message_type"] = messageType, ["type"] = "admin", ["admin_id"] = AdminIdOrDefault(AdminId) };
            if (ReplyOption != null)
                reply["reply_options"] = ReplyOption.Select(text => new Dictionary<string, object> { ["text"] = text, ["uuid"] = Guid.NewGuid().ToString() }).ToList();
            if (CrossPost) reply["cross_post"] = true;
            return reply;
        }

        private Dictionary<string, object> ContactReply()
        {
            var reply = BoundBody(("IntercomUserId", "intercom_user_id"), ("UserId", "user_id"), ("Email", "email"));
            reply["message_type"] = "comment";
            reply["type"] = "user";
            return reply;
        }

        private void Refuse(string parameter, string message) =>
            ThrowInvalidArgument(message, "InvalidReply", parameter: parameter);
    }
}
