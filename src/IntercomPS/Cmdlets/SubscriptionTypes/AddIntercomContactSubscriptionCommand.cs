using System.Management.Automation;
using IntercomPS.Infrastructure;
using IntercomPS.Infrastructure.Completion;

namespace IntercomPS.Cmdlets
{
    [Cmdlet(VerbsCommon.Add, "IntercomContactSubscription", SupportsShouldProcess = true)]
    [OutputType(typeof(SubscriptionType))]
    [IntercomOperation("attachSubscriptionTypeToContact")]
    public sealed class AddIntercomContactSubscriptionCommand : ThrottledCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("ContactId")]
        [ValidateIntercomId]
        public string[] Id { get; set; }

        [Parameter(Mandatory = true)]
        [ValidateIntercomId]
        [ArgumentCompleter(typeof(SubscriptionTypeIdCompleter))]
        public string SubscriptionTypeId { get; set; }

        [Parameter(Mandatory = true)]
        [ValidateSet("opt_in", "opt_out")]
        public string ConsentType { get; set; }

        protected override void ProcessRecord() =>
            ChangeEach<SubscriptionType>(Id, "contact", $"Subscribe to {SubscriptionTypeId} ({ConsentType})",
                id => (o, ct) => Api.SubscriptionTypes.AttachToContactAsync(id, SubscriptionTypeId, ConsentType, o, ct));
    }
}
