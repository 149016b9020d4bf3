using System.Management.Automation;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    [Cmdlet(VerbsCommon.Add, "IntercomContactSubscription", SupportsShouldProcess = true)]
    [OutputType(typeof(SubscriptionType))]
    [IntercomOperation("attachSubscriptionTypeToContact")]
    public sealed class AddIntercomContactSubscriptionCommand : IntercomCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("ContactId")]
        [ValidateIntercomId]
        public string[] Id { get; set; }

        [Parameter(Mandatory = true)]
        [ValidateIntercomId]
        public string SubscriptionTypeId { get; set; }

        [Parameter(Mandatory = true)]
        [ValidateSet("opt_in", "opt_out")]
        public string ConsentType { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var id in Id)
            {
                if (!ShouldProcess($"contact {id}", $"Subscribe to {SubscriptionTypeId} ({ConsentType})")) continue;
                ForItem(id, () => WriteObject(Invoke((o, ct) => Api.SubscriptionTypes.AttachToContactAsync(id, SubscriptionTypeId, ConsentType, o, ct))));
            }
        }
    }
}
