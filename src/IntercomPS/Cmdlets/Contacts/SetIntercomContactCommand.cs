using System;
using System.Linq;
using System.Management.Automation;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Changes contacts: only the fields given are sent, and an explicit $null clears one. Only -Id binds from the
    /// pipeline, so a piped contact's own Email, Name... are never sent back by accident.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "IntercomContact", SupportsShouldProcess = true)]
    [OutputType(typeof(Contact))]
    [IntercomOperation("UpdateContact")]
    public sealed class SetIntercomContactCommand : ContactFieldsCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("ContactId")]
        [ValidateIntercomId]
        public string[] Id { get; set; }

        [Parameter]
        [ValidateSet("user", "lead")]
        public string Role { get; set; }

        [Parameter]
        public string ExternalId { get; set; }

        [Parameter]
        public string Email { get; set; }

        [Parameter]
        public string Phone { get; set; }

        [Parameter]
        public string Name { get; set; }

        /// <summary>Contacts have no batch update: this many updates may run at once (see ThrottledCmdlet).</summary>
        [Parameter]
        [ValidateRange(1, ThrottledCmdlet.MaximumThrottleLimit)]
        public int ThrottleLimit { get; set; } = 1;

        protected override int Concurrency => ThrottleLimit;

        protected override void BeginProcessing()
        {
            if (BoundBody(Fields).Count == 0) ThrowTerminatingError(NothingToChange(Fields.Select(f => f.Parameter)));
            base.BeginProcessing();
        }

        protected override void ProcessRecord()
        {
            var body = Normalized(BoundBody(Fields));
            ChangeEach<Contact>(Id, "contact", $"Update {string.Join(", ", body.Keys)}", id => (o, ct) => Api.Contacts.UpdateAsync(id, body, o, ct));
        }
    }
}
