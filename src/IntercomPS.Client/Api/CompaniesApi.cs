using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Client.Http;
using IntercomPS.Client.Paging;

namespace IntercomPS.Client
{
    /// <summary>
    /// Companies. The {company_id} of every path is Intercom's id; the company_id of bodies and of the
    /// GET /companies filter is your external id.
    /// </summary>
    public sealed class CompaniesApi : ApiResource
    {
        /// <summary>
        /// The largest per_page the company lists take. 2.11 declares no maximum; 60 is the limit Intercom
        /// documents for its page-numbered company lists.
        /// </summary>
        public const int MaxPageSize = 60;

        public CompaniesApi(IntercomHttpEngine engine) : base(engine) { }

        /// <summary>listAllCompanies: POST /companies/list, a read issued as POST. Omits companies without users; stops at 10,000.</summary>
        public Pager<Company> List(string order, int? pageSize) =>
            Page<Company>(new PagedRequest(HttpMethod.Post, "companies/list", PagingStyle.PageNumber) { PageSize = pageSize }.WithQuery("order", order));

        /// <summary>scrollOverAllCompanies: GET /companies/scroll. One scroll per workspace at a time; it expires after a minute unused.</summary>
        public Pager<Company> Scroll() => Page<Company>(new PagedRequest(HttpMethod.Get, "companies/scroll", PagingStyle.Scroll));

        /// <summary>RetrieveACompanyById: GET /companies/{id}.</summary>
        public Task<Company> GetAsync(string id, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<Company>(Get(PathOf("companies/{0}", id)), observer, ct);

        /// <summary>retrieveCompany by name: one company, although the spec types the answer as a list (both are read).</summary>
        public Pager<Company> FindByName(string name) => Lookup("name", name);

        /// <summary>retrieveCompany by your external company_id: one company, read like <see cref="FindByName"/>.</summary>
        public Pager<Company> FindByCompanyId(string companyId) => Lookup("company_id", companyId);

        /// <summary>retrieveCompany by tag_id: the companies carrying the tag, page by page.</summary>
        public Pager<Company> ListByTag(string tagId, int? pageSize) => Filtered("tag_id", tagId, pageSize);

        /// <summary>retrieveCompany by segment_id: the companies in the segment, page by page.</summary>
        public Pager<Company> ListBySegment(string segmentId, int? pageSize) => Filtered("segment_id", segmentId, pageSize);

        /// <summary>createOrUpdateCompany: POST /companies, keyed by the body's company_id (created when no company has it).</summary>
        public Task<Company> CreateOrUpdateAsync(IDictionary<string, object> body, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<Company>(Post("companies", body), observer, ct);

        /// <summary>UpdateCompany: PUT /companies/{id}. 2.11 declares no body; the createOrUpdateCompany fields but company_id are sent.</summary>
        public Task<Company> UpdateAsync(string id, IDictionary<string, object> body, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<Company>(Put(PathOf("companies/{0}", id), body), observer, ct);

        /// <summary>deleteCompany: DELETE /companies/{id}.</summary>
        public Task<DeletedObject> DeleteAsync(string id, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<DeletedObject>(Delete(PathOf("companies/{0}", id)), observer, ct);

        /// <summary>ListAttachedContacts: GET /companies/{id}/contacts, page by page.</summary>
        public Pager<Contact> ListContacts(string id, int? pageSize) =>
            Page<Contact>(new PagedRequest(HttpMethod.Get, PathOf("companies/{0}/contacts", id), PagingStyle.PageNumber) { PageSize = pageSize });

        /// <summary>ListAttachedSegmentsForCompanies: GET /companies/{id}/segments.</summary>
        public Pager<Segment> ListSegments(string id) =>
            Page<Segment>(new PagedRequest(HttpMethod.Get, PathOf("companies/{0}/segments", id), PagingStyle.None));

        /// <summary>attachContactToACompany: POST /contacts/{contact_id}/companies with the company's Intercom id as body id.</summary>
        public Task<Company> AttachContactAsync(string id, string contactId, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<Company>(Post(PathOf("contacts/{0}/companies", contactId), new Dictionary<string, object> { ["id"] = id }), observer, ct);

        /// <summary>detachContactFromACompany: DELETE /contacts/{contact_id}/companies/{id}.</summary>
        public Task<Company> DetachContactAsync(string id, string contactId, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<Company>(Delete(PathOf("contacts/{0}/companies/{1}", contactId, id)), observer, ct);

        private Pager<Company> Lookup(string field, string value) =>
            Page<Company>(new PagedRequest(HttpMethod.Get, "companies", PagingStyle.None).WithQuery(field, value));

        private Pager<Company> Filtered(string field, string value, int? pageSize) =>
            Page<Company>(new PagedRequest(HttpMethod.Get, "companies", PagingStyle.PageNumber) { PageSize = pageSize }.WithQuery(field, value));
    }
}
