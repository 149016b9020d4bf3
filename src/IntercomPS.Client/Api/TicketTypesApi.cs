using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Client.Http;
using IntercomPS.Client.Paging;

namespace IntercomPS.Client
{
    /// <summary>
    /// Ticket types and their attributes. Types are archived with archived: true on PUT (there is no delete);
    /// attributes have no GET of their own: they come embedded in their type.
    /// </summary>
    public sealed class TicketTypesApi : ApiResource
    {
        public TicketTypesApi(IntercomHttpEngine engine) : base(engine) { }

        /// <summary>
        /// listTicketTypes: GET /ticket_types, one answer. The schema puts the items under "ticket_types", the
        /// example (and the API) under "data": the pager reads either.
        /// </summary>
        public Pager<TicketType> List() =>
            Page<TicketType>(new PagedRequest(HttpMethod.Get, "ticket_types", PagingStyle.None, "ticket_types"));

        /// <summary>getTicketType: GET /ticket_types/{id}.</summary>
        public Task<TicketType> GetAsync(string id, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<TicketType>(Get(PathOf("ticket_types/{0}", id)), observer, ct);

        /// <summary>createTicketType: POST /ticket_types {name, description?, category?, icon?, is_internal?}.</summary>
        public Task<TicketType> CreateAsync(IDictionary<string, object> body, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<TicketType>(Post("ticket_types", body), observer, ct);

        /// <summary>updateTicketType: PUT /ticket_types/{id}; only the fields in the body change (archived too).</summary>
        public Task<TicketType> UpdateAsync(string id, IDictionary<string, object> body, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<TicketType>(Put(PathOf("ticket_types/{0}", id), body), observer, ct);

        /// <summary>createTicketTypeAttribute: POST /ticket_types/{id}/attributes {name, description, data_type, ...}.</summary>
        public Task<TicketTypeAttribute> CreateAttributeAsync(string ticketTypeId, IDictionary<string, object> body, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<TicketTypeAttribute>(Post(PathOf("ticket_types/{0}/attributes", ticketTypeId), body), observer, ct);

        /// <summary>updateTicketTypeAttribute: PUT /ticket_types/{id}/attributes/{attribute_id}; only the fields in the body change.</summary>
        public Task<TicketTypeAttribute> UpdateAttributeAsync(string ticketTypeId, string id, IDictionary<string, object> body, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<TicketTypeAttribute>(Put(PathOf("ticket_types/{0}/attributes/{1}", ticketTypeId, id), body), observer, ct);
    }
}
