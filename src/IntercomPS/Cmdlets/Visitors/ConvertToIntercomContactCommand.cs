using System.Collections.Generic;
using System.Management.Automation;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Converts visitors into users or leads. When the user named by -ContactId / -ContactUserId exists, the visitor
    /// is merged into it and deleted, which cannot be undone: ConfirmImpact is High.
    /// </summary>
    [Cmdlet(VerbsData.ConvertTo, "IntercomContact", DefaultParameterSetName = ByIdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(Contact))]
    [IntercomOperation("convertVisitor")]
    public sealed class ConvertToIntercomContactCommand : IntercomCmdlet
    {
        private const string ByIdSet = "ById";
        private const string ByVisitorUserIdSet = "ByVisitorUserId";
        private const string ByVisitorEmailSet = "ByVisitorEmail";
        private Dictionary<string, object> _user;

        /// <summary>The visitor's Intercom id; piped visitors bind by their Id.</summary>
        [Parameter(ParameterSetName = ByIdSet, Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("VisitorId")]
        [ValidateIntercomId]
        public string[] Id { get; set; }

        [Parameter(ParameterSetName = ByVisitorUserIdSet, Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string[] VisitorUserId { get; set; }

        [Parameter(ParameterSetName = ByVisitorEmailSet, Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string[] VisitorEmail { get; set; }

        /// <summary>The role of the contact the visitor becomes (the body's `type`).</summary>
        [Parameter(Mandatory = true)]
        [Alias("Role")]
        [ValidateSet("user", "lead")]
        public string Type { get; set; }

        /// <summary>The Intercom id of the user to merge the visitor into.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string ContactId { get; set; }

        /// <summary>Your user id (external_id) of the user to merge into, or to give the converted visitor.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string ContactUserId { get; set; }

        /// <summary>The user's email, kept on the contact.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string ContactEmail { get; set; }

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            _user = BoundBody(("ContactId", "id"), ("ContactUserId", "user_id"), ("ContactEmail", "email"));
            if (_user.Count == 0)
            {
                ThrowInvalidArgument("Name the user the visitor becomes or is merged into: give -ContactId, -ContactUserId or -ContactEmail.", "NoUser");
            }
        }

        protected override void ProcessRecord()
        {
            var (field, keys) = ParameterSetName == ByVisitorUserIdSet ? ("user_id", VisitorUserId)
                : ParameterSetName == ByVisitorEmailSet ? ("email", VisitorEmail)
                : ("id", Id);
            foreach (var key in keys)
            {
                if (!ShouldProcess($"visitor {field} {key}", $"Convert to {Type} ({string.Join(", ", _user.Values)})")) continue;
                var visitor = new Dictionary<string, object> { [field] = key };
                ForItem(key, () => WriteObject(Invoke((o, ct) => Api.Visitors.ConvertAsync(Type, visitor, _user, o, ct))));
            }
        }
    }
}
