using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using IntercomPS.Infrastructure;
using IntercomPS.Infrastructure.Completion;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Creates a user or lead. Email, ExternalId, Role, Name and Phone bind from piped objects by property name, so
    /// Import-Csv rows can be piped; an empty value (an empty CSV cell) is left out rather than sent.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "IntercomContact", SupportsShouldProcess = true)]
    [OutputType(typeof(Contact))]
    [IntercomOperation("CreateContact")]
    public sealed class NewIntercomContactCommand : ContactFieldsCmdlet
    {
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        public string Email { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string ExternalId { get; set; }

        /// <summary>user or lead; empty (a blank CSV cell) leaves it to Intercom, which makes a user.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateSetOrEmpty("user", "lead")]
        [ArgumentCompleter(typeof(SetOrEmptyCompleter))]
        public string Role { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Name { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Phone { get; set; }

        protected override void ProcessRecord()
        {
            var body = Normalized(Body());
            var label = new[] { "email", "external_id", "name", "role" }.Select(f => body.TryGetValue(f, out var v) ? v as string : null).FirstOrDefault(v => v != null) ?? "new contact";
            if (!body.ContainsKey("email") && !body.ContainsKey("external_id") && !body.ContainsKey("role"))
            {
                // Per item, like an API error: the other piped rows are still created.
                WriteError(InvalidArgument("A contact needs at least one of -Email, -ExternalId or -Role.", "ContactIdentityMissing", label));
                return;
            }
            if (!ShouldProcess(label, "Create Intercom contact")) return;
            ForItem(label, () => WriteObject(Invoke((o, ct) => Api.Contacts.CreateAsync(body, o, ct))));
        }

        /// <summary>The fields given (see BoundBody for how piped objects' properties count).</summary>
        private Dictionary<string, object> Body() => BoundBody(Fields);
    }
}
