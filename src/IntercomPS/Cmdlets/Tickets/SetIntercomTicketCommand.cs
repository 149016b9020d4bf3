using System;
using System.Collections.Generic;
using System.Management.Automation;
using IntercomPS.Infrastructure;
using IntercomPS.Infrastructure.Completion;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Changes tickets: state, open, shared, snooze, assignee and attributes. Only the fields given are sent; only -Id
    /// binds from the pipeline, so a piped ticket's own values are never sent back.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "IntercomTicket", SupportsShouldProcess = true)]
    [OutputType(typeof(Ticket))]
    [IntercomOperation("updateTicket")]
    public sealed class SetIntercomTicketCommand : TicketAttributesCmdlet
    {
        private static readonly (string Parameter, string Field)[] Fields =
        {
            ("State", "state"), ("Open", "open"), ("IsShared", "is_shared"), ("SnoozedUntil", "snoozed_until"),
        };

        private Dictionary<string, object> _changes;

        /// <summary>The ticket's Intercom id; deliberately no TicketId alias (a ticket's TicketId is its inbox number).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateIntercomId]
        public string[] Id { get; set; }

        [Parameter]
        [ValidateSet("in_progress", "waiting_on_customer", "resolved")]
        public string State { get; set; }

        /// <summary>$false closes the ticket (and ends a snooze).</summary>
        [Parameter]
        public bool Open { get; set; }

        /// <summary>Whether the customer sees the ticket.</summary>
        [Parameter]
        public bool IsShared { get; set; }

        /// <summary>When the snoozed ticket reopens.</summary>
        [Parameter]
        public DateTimeOffset SnoozedUntil { get; set; }

        /// <summary>The admin or team to assign the ticket to; "0" unassigns it.</summary>
        [Parameter]
        [ValidateIntercomId]
        [ArgumentCompleter(typeof(AssigneeIdCompleter))]
        public string AssigneeId { get; set; }

        /// <summary>The admin who makes the assignment; defaults to the admin the session connected as.</summary>
        [Parameter]
        [ValidateIntercomId]
        [ArgumentCompleter(typeof(AdminIdCompleter))]
        public string AdminId { get; set; }

        /// <summary>The changes are the same for every ticket: built once, refused before any request when there are none.</summary>
        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            if (AdminId != null && AssigneeId == null)
            {
                ThrowInvalidArgument("-AdminId names the admin who makes an assignment; give -AssigneeId too.", "AssigneeIdRequired", AdminId, nameof(AdminId));
            }
            _changes = BoundBody(Fields);
            if (TicketAttributesBody() is Dictionary<string, object> attributes) _changes["ticket_attributes"] = attributes;
            if (AssigneeId != null)
                _changes["assignment"] = new Dictionary<string, object> { ["admin_id"] = AdminIdOrDefault(AdminId), ["assignee_id"] = AssigneeId };
            if (_changes.Count == 0)
                ThrowTerminatingError(NothingToChange(new[] { "State", "Open", "IsShared", "SnoozedUntil", "AssigneeId", "TicketAttribute", "Title", "Description" }));
        }

        protected override void ProcessRecord() =>
            ChangeEach<Ticket>(Id, "ticket", $"Update {string.Join(", ", _changes.Keys)}", id => (o, ct) => Api.Tickets.UpdateAsync(id, _changes, o, ct));
    }
}
