using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Client.Http;
using IntercomPS.Client.Paging;

namespace IntercomPS.Client
{
    public sealed class SubscriptionTypesApi : ApiResource
    {
        public SubscriptionTypesApi(IntercomHttpEngine engine) : base(engine) { }

        /// <summary>listSubscriptionTypes: GET /subscription_types.</summary>
        public Pager<SubscriptionType> List() => Page<SubscriptionType>(new PagedRequest(HttpMethod.Get, "subscription_types", PagingStyle.None));

        /// <summary>attachSubscriptionTypeToContact: POST /contacts/{id}/subscriptions.</summary>
        public Task<SubscriptionType> AttachToContactAsync(string contactId, string subscriptionTypeId, string consentType, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<SubscriptionType>(Post(PathOf("contacts/{0}/subscriptions", contactId), new Dictionary<string, object>
            {
                ["id"] = subscriptionTypeId,
                ["consent_type"] = consentType,
            }), observer, ct);

        /// <summary>detachSubscriptionTypeToContact: DELETE /contacts/{id}/subscriptions/{subscription_id}.</summary>
        public Task<SubscriptionType> DetachFromContactAsync(string contactId, string subscriptionTypeId, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<SubscriptionType>(Delete(PathOf("contacts/{0}/subscriptions/{1}", contactId, subscriptionTypeId)), observer, ct);
    }
}
