using System.Management.Automation;
using IntercomPS.Infrastructure;
using IntercomPS.Infrastructure.Completion;

namespace IntercomPS.Cmdlets
{
    [Cmdlet(VerbsCommon.Remove, "IntercomContactSubscription", SupportsShouldProcess = true)]
    [OutputType(typeof(SubscriptionType))]
    [IntercomOperation("detachSubscriptionTypeToContact")]
    public sealed class RemoveIntercomContactSubscriptionCommand : ThrottledCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("ContactId")]
        [ValidateIntercomId]
        public string[] Id { get; set; }

        [Parameter(Mandatory = true)]
        [Alias("SubscriptionId")]
        [ValidateIntercomId]
        [ArgumentCompleter(typeof(SubscriptionTypeIdCompleter))]
        public string SubscriptionTypeId { get; set; }

        protected override void ProcessRecord() =>
            ChangeEach<SubscriptionType>(Id, "contact", $"Unsubscribe from {SubscriptionTypeId}",
                id => (o, ct) => Api.SubscriptionTypes.DetachFromContactAsync(id, SubscriptionTypeId, o, ct));
    }
}
