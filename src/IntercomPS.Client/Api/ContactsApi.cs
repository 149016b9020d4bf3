using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Client.Http;
using IntercomPS.Client.Paging;

namespace IntercomPS.Client
{
    /// <summary>Contacts (users and leads) and the lists hanging off one contact.</summary>
    public sealed class ContactsApi : ApiResource
    {
        /// <summary>The largest per_page GET /contacts and POST /contacts/search accept.</summary>
        public const int MaxPageSize = 150;

        public ContactsApi(IntercomHttpEngine engine) : base(engine) { }

        /// <summary>ListContacts: GET /contacts, cursor paged (starting_after); the declared page parameter is not used.</summary>
        public Pager<Contact> List(int? pageSize) =>
            Page<Contact>(new PagedRequest(HttpMethod.Get, "contacts", PagingStyle.Cursor) { PageSize = pageSize });

        /// <summary>ShowContact: GET /contacts/{id}.</summary>
        public Task<Contact> GetAsync(string id, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<Contact>(Get(PathOf("contacts/{0}", id)), observer, ct);

        /// <summary>SearchContacts: POST /contacts/search {query}; each next page re-posts it with pagination.starting_after.</summary>
        public Pager<Contact> Search(object query, int? pageSize) =>
            Page<Contact>(new PagedRequest(HttpMethod.Post, "contacts/search", PagingStyle.SearchCursor)
            {
                Body = new Dictionary<string, object> { ["query"] = query },
                PageSize = pageSize,
            });

        /// <summary>CreateContact: POST /contacts with any of the create_contact_request fields (email, external_id or role at least).</summary>
        public Task<Contact> CreateAsync(IDictionary<string, object> fields, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<Contact>(Post("contacts", fields), observer, ct);

        /// <summary>UpdateContact: PUT /contacts/{id} with only the fields to change (null clears one).</summary>
        public Task<Contact> UpdateAsync(string id, IDictionary<string, object> fields, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<Contact>(Put(PathOf("contacts/{0}", id), fields), observer, ct);

        /// <summary>DeleteContact: DELETE /contacts/{id}.</summary>
        public Task<DeletedObject> DeleteAsync(string id, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<DeletedObject>(Delete(PathOf("contacts/{0}", id)), observer, ct);

        /// <summary>MergeContact: POST /contacts/merge {from, into}: the lead <paramref name="leadId"/> is merged into the user <paramref name="userId"/>.</summary>
        public Task<Contact> MergeAsync(string leadId, string userId, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<Contact>(Post("contacts/merge", new Dictionary<string, object> { ["from"] = leadId, ["into"] = userId }), observer, ct);

        /// <summary>ArchiveContact: POST /contacts/{id}/archive (no body).</summary>
        public Task<ContactArchiveState> ArchiveAsync(string id, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<ContactArchiveState>(Post(PathOf("contacts/{0}/archive", id), null), observer, ct);

        /// <summary>UnarchiveContact: POST /contacts/{id}/unarchive (no body).</summary>
        public Task<ContactArchiveState> UnarchiveAsync(string id, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<ContactArchiveState>(Post(PathOf("contacts/{0}/unarchive", id), null), observer, ct);

        /// <summary>
        /// listCompaniesForAContact: GET /contacts/{id}/companies, page numbered. The schema puts the items under
        /// "companies", the example (and the API) under "data": the pager reads either.
        /// </summary>
        public Pager<Company> ListCompanies(string contactId, int? pageSize) =>
            Page<Company>(new PagedRequest(HttpMethod.Get, PathOf("contacts/{0}/companies", contactId), PagingStyle.PageNumber, "companies") { PageSize = pageSize });

        /// <summary>listSegmentsForAContact: GET /contacts/{id}/segments.</summary>
        public Pager<Segment> ListSegments(string contactId) =>
            Page<Segment>(new PagedRequest(HttpMethod.Get, PathOf("contacts/{0}/segments", contactId), PagingStyle.None));

        /// <summary>listSubscriptionsForAContact: GET /contacts/{id}/subscriptions.</summary>
        public Pager<SubscriptionType> ListSubscriptions(string contactId) =>
            Page<SubscriptionType>(new PagedRequest(HttpMethod.Get, PathOf("contacts/{0}/subscriptions", contactId), PagingStyle.None));
    }
}
