using System;
using System.Management.Automation;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Snoozes conversations until a time, when they open again ("Snooze" is not an approved verb).</summary>
    [Cmdlet(VerbsLifecycle.Suspend, "IntercomConversation", SupportsShouldProcess = true)]
    [OutputType(typeof(Conversation))]
    [IntercomOperation("manageConversation", AlsoCalls = true)]
    public sealed class SuspendIntercomConversationCommand : ConversationAdminActionCmdlet
    {
        /// <summary>When the conversation opens again; must be in the future.</summary>
        [Parameter(Mandatory = true, Position = 1)]
        public DateTimeOffset Until { get; set; }

        protected override void BeginProcessing()
        {
            if (Until <= DateTimeOffset.UtcNow)
            {
                ThrowInvalidArgument($"-Until ({Until:u}) is not in the future: a conversation is snoozed until a later time.", "UntilNotInFuture", Until, nameof(Until));
            }
            base.BeginProcessing();
        }

        protected override void ProcessRecord() =>
            ChangeEach<Conversation>($"Snooze until {Until:u}", id => (o, ct) => Api.Conversations.SnoozeAsync(id, ActingAdminId, Until, o, ct));
    }
}
