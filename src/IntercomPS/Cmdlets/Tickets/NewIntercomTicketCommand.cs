using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using IntercomPS.Infrastructure;
using IntercomPS.Infrastructure.Completion;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Creates a ticket for each contact given (by Intercom id, piped contacts included, by external id or by email).
    /// With -ValidateAttributes the attributes are checked against the ticket type first, and nothing is created
    /// when they do not fit.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "IntercomTicket", DefaultParameterSetName = ByContactIdSet, SupportsShouldProcess = true)]
    [OutputType(typeof(Ticket))]
    [IntercomOperation("createTicket")]
    public sealed class NewIntercomTicketCommand : TicketAttributesCmdlet
    {
        private const string ByContactIdSet = "ByContactId";
        private const string ByContactExternalIdSet = "ByContactExternalId";
        private const string ByContactEmailSet = "ByContactEmail";

        private Dictionary<string, object> _fields;

        [Parameter(Mandatory = true, Position = 0)]
        [ValidateIntercomId]
        [ArgumentCompleter(typeof(TicketTypeIdCompleter))]
        public string TicketTypeId { get; set; }

        /// <summary>The contact's Intercom id; a piped contact binds its Id (this cmdlet has no -Id of its own).</summary>
        [Parameter(ParameterSetName = ByContactIdSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        [ValidateIntercomId]
        public string[] ContactId { get; set; }

        [Parameter(ParameterSetName = ByContactExternalIdSet, Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string[] ContactExternalId { get; set; }

        /// <summary>A contact that does not exist yet is created by Intercom.</summary>
        [Parameter(ParameterSetName = ByContactEmailSet, Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string[] ContactEmail { get; set; }

        /// <summary>Your external company_id of the company the ticket is about (not Intercom's id).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string CompanyId { get; set; }

        [Parameter]
        public DateTimeOffset CreatedAt { get; set; }

        /// <summary>Reads the ticket type first and refuses attributes that do not fit it, before any ticket is created.</summary>
        [Parameter]
        public SwitchParameter ValidateAttributes { get; set; }

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            _fields = BoundBody(("TicketTypeId", "ticket_type_id"), ("CompanyId", "company_id"), ("CreatedAt", "created_at"));
            var attributes = TicketAttributesBody();
            if (attributes != null) _fields["ticket_attributes"] = attributes;
            if (ValidateAttributes) Validate(attributes ?? new Dictionary<string, object>());
        }

        protected override void ProcessRecord()
        {
            var (contacts, field) = ParameterSetName == ByContactExternalIdSet ? (ContactExternalId, "external_id")
                : ParameterSetName == ByContactEmailSet ? (ContactEmail, "email")
                : (ContactId, "id");
            ChangeEach<Ticket>(contacts, "contact", $"Create a ticket of type {TicketTypeId}", contact => (o, ct) => Api.Tickets.CreateAsync(BodyFor(field, contact), o, ct));
        }

        private Dictionary<string, object> BodyFor(string field, string contact) =>
            new Dictionary<string, object>(_fields) { ["contacts"] = new[] { new Dictionary<string, object> { [field] = contact } } };

        private void Validate(IDictionary<string, object> attributes)
        {
            TicketType type = null;
            ForItem(TicketTypeId, () => type = Invoke((o, ct) => Api.TicketTypes.GetAsync(TicketTypeId, o, ct)));
            if (type == null)
            {
                ThrowTerminatingError(new ErrorRecord(
                    new InvalidOperationException($"-ValidateAttributes: ticket type {TicketTypeId} could not be read, so no ticket was created."),
                    "TicketTypeUnavailable", ErrorCategory.InvalidOperation, TicketTypeId));
            }
            var problems = TicketAttributeCheck.Problems(type, attributes);
            if (problems.Count == 0) return;
            ThrowInvalidArgument($"-TicketAttribute does not fit ticket type '{type.Name}' ({type.Id}):{Environment.NewLine}" + string.Join(Environment.NewLine, problems.Select(p => "  " + p)), "TicketAttributeInvalid", TicketTypeId, nameof(TicketAttribute));
        }
    }
}
