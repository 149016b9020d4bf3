using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using IntercomPS.Client;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Submits events, one request each. Every field binds from piped objects by property name, so Import-Csv rows
    /// with EventName, CreatedAt, Id / UserId / Email and Metadata columns go straight in; a row that fails is an error
    /// of its own, with the event as its target object, and the next row goes on.
    /// </summary>
    [Cmdlet(VerbsCommunications.Send, "IntercomDataEvent", SupportsShouldProcess = true)]
    [OutputType(typeof(void))]
    [IntercomOperation("createDataEvent")]
    public sealed class SendIntercomDataEventCommand : IntercomCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string EventName { get; set; }

        /// <summary>The contact's Intercom id. Blank values (empty CSV cells) are allowed: then -UserId or -Email names the contact.</summary>
        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("ContactId")]
        public string Id { get; set; }

        /// <summary>Your id of the user (the contact's external_id).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("ExternalId")]
        public string UserId { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Email { get; set; }

        /// <summary>When it happened; now when not given. Intercom drops an event with the same contact, name and second.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [TimestampArgument]
        public DateTimeOffset? CreatedAt { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EventMetadataArgument]
        public Hashtable Metadata { get; set; }

        protected override void ProcessRecord()
        {
            var createdAt = CreatedAt ?? DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds());
            var submitted = new DataEvent { EventName = EventName, CreatedAt = createdAt, Id = Id, UserId = UserId, Email = Email, Metadata = Metadata };
            var user = EventUser.FirstOf(Id, UserId, Email);
            if (user == null)
            {
                Refuse(submitted, "NoContact", $"The event '{EventName}' names no contact: give -Id, -UserId or -Email (or pipe objects with one of those properties).");
                return;
            }
            var metadata = Metadata == null ? null : (IDictionary<string, object>)PlainValue.FromPowerShell(Metadata);
            var problem = metadata == null ? null : DataEventsApi.MetadataProblem(metadata);
            if (problem != null)
            {
                Refuse(submitted, "NestedMetadata", $"-Metadata of the event '{EventName}' is not valid: {problem}.");
                return;
            }
            if (metadata?.Count > DataEventsApi.MaximumMetadataKeys)
                WriteWarning($"The event '{EventName}' has {metadata.Count} metadata keys; Intercom keeps the first {DataEventsApi.MaximumMetadataKeys} and ignores the rest.");
            if (!ShouldProcess(user.ToString(), $"Send event '{EventName}' at {createdAt:u}")) return;
            ForItem(submitted, () => Invoke((o, ct) => Api.DataEvents.SubmitAsync(EventName, createdAt, user, metadata, o, ct)));
        }

        private void Refuse(DataEvent submitted, string errorId, string message) =>
            WriteError(InvalidArgument(message, errorId, submitted));
    }
}
