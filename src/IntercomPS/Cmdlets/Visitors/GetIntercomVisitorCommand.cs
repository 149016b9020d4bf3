using System.Management.Automation;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Gets visitors by their user_id: API 2.11 has no look-up by Intercom id and no list of visitors.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomVisitor")]
    [OutputType(typeof(Visitor))]
    [IntercomOperation("retrieveVisitorWithUserId")]
    public sealed class GetIntercomVisitorCommand : IntercomCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string[] UserId { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var userId in UserId)
                ForItem(userId, () => WriteObject(Invoke((o, ct) => Api.Visitors.GetAsync(userId, o, ct))));
        }
    }
}
