using System.Management.Automation;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Lists subscription types (the API has no get-by-id; filter with -Name or Where-Object).</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomSubscriptionType")]
    [OutputType(typeof(SubscriptionType))]
    [IntercomOperation("listSubscriptionTypes")]
    public sealed class GetIntercomSubscriptionTypeCommand : IntercomCmdlet
    {
        /// <summary>Client-side filter on the default translation's name.</summary>
        [Parameter(Position = 0)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; }

        protected override void ProcessRecord()
        {
            WritePages(Api.SubscriptionTypes.List(), NameFilter<SubscriptionType>(Name, s => s.Name));
        }
    }
}
