using System.Management.Automation;
using IntercomPS.Client.Paging;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>The subscription types a contact opted in to or out of.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomContactSubscription")]
    [OutputType(typeof(SubscriptionType))]
    [IntercomOperation("listSubscriptionsForAContact")]
    public sealed class GetIntercomContactSubscriptionCommand : ContactListCmdlet<SubscriptionType>
    {
        protected override Pager<SubscriptionType> List(string contactId) => Api.Contacts.ListSubscriptions(contactId);
    }
}
