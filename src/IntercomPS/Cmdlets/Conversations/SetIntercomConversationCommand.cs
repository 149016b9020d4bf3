using System;
using System.Collections;
using System.Linq;
using System.Management.Automation;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Changes conversations: marks them read or unread, titles them, sets custom attributes. Only the fields given
    /// are sent; an explicit $null clears one.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "IntercomConversation", SupportsShouldProcess = true)]
    [OutputType(typeof(Conversation))]
    [IntercomOperation("updateConversation")]
    public sealed class SetIntercomConversationCommand : ConversationChangeCmdlet
    {
        private static readonly (string Parameter, string Field)[] Fields =
        {
            ("Read", "read"),
            ("Title", "title"),
            ("CustomAttribute", "custom_attributes"),
        };

        [Parameter]
        public bool? Read { get; set; }

        /// <summary>Not in the 2.11 description's request schema, though conversations have a title; Intercom takes it.</summary>
        [Parameter]
        public string Title { get; set; }

        /// <summary>Conversation data attributes by name; each must exist in the workspace. A $null value clears one.</summary>
        [Parameter]
        [Alias("CustomAttributes")]
        public Hashtable CustomAttribute { get; set; }

        /// <summary>plaintext: the answer's part bodies without HTML (display_as).</summary>
        [Parameter]
        [ValidateSet("plaintext")]
        public string DisplayAs { get; set; }

        protected override void BeginProcessing()
        {
            if (BoundBody(Fields).Count == 0) ThrowTerminatingError(NothingToChange(Fields.Select(f => f.Parameter)));
            base.BeginProcessing();
        }

        protected override void ProcessRecord()
        {
            var body = BoundBody(Fields);
            ChangeEach<Conversation>($"Update {string.Join(", ", body.Keys)}", id => (o, ct) => Api.Conversations.UpdateAsync(id, body, DisplayAs?.ToLowerInvariant(), o, ct));
        }
    }
}
