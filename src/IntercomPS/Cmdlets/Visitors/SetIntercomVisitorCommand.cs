using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Updates visitors' name and custom attributes. PUT /visitors names the visitor in the body, by id or user_id.</summary>
    [Cmdlet(VerbsCommon.Set, "IntercomVisitor", DefaultParameterSetName = ByIdSet, SupportsShouldProcess = true)]
    [OutputType(typeof(Visitor))]
    [IntercomOperation("updateVisitor")]
    public sealed class SetIntercomVisitorCommand : IntercomCmdlet
    {
        private const string ByIdSet = "ById";
        private const string ByUserIdSet = "ByUserId";
        private Dictionary<string, object> _changes;

        [Parameter(ParameterSetName = ByIdSet, Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("VisitorId")]
        [ValidateIntercomId]
        public string[] Id { get; set; }

        /// <summary>Not taken from the pipeline: a piped visitor binds -Id, and one set only may bind from it.</summary>
        [Parameter(ParameterSetName = ByUserIdSet, Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string[] UserId { get; set; }

        [Parameter]
        public string Name { get; set; }

        /// <summary>Merged into the visitor's custom attributes; an attribute set to $null is cleared.</summary>
        [Parameter]
        public Hashtable CustomAttributes { get; set; }

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            _changes = BoundBody(("Name", "name"), ("CustomAttributes", "custom_attributes"));
            if (_changes.Count == 0) ThrowTerminatingError(NothingToChange(new[] { "Name", "CustomAttributes" }));
        }

        protected override void ProcessRecord()
        {
            var field = ParameterSetName == ByIdSet ? "id" : "user_id";
            foreach (var key in ParameterSetName == ByIdSet ? Id : UserId)
            {
                if (!ShouldProcess($"visitor {field} {key}", $"Update {string.Join(", ", _changes.Keys)}")) continue;
                var body = new Dictionary<string, object>(_changes) { [field] = key };
                ForItem(key, () => WriteObject(Invoke((o, ct) => Api.Visitors.UpdateAsync(body, o, ct))));
            }
        }
    }
}
