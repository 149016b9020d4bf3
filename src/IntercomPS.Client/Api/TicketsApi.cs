using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Client.Http;
using IntercomPS.Client.Paging;

namespace IntercomPS.Client
{
    /// <summary>
    /// Tickets. Every {ticket_id} of a path is the ticket's Intercom id, never its inbox number (the ticket_id field).
    /// 2.11 cannot list or delete tickets: searching is the only way to find them.
    /// </summary>
    public sealed class TicketsApi : ApiResource
    {
        /// <summary>The largest pagination.per_page POST /tickets/search accepts (the API's default is 20).</summary>
        public const int MaxPageSize = 150;

        public TicketsApi(IntercomHttpEngine engine) : base(engine) { }

        /// <summary>getTicket: GET /tickets/{id}.</summary>
        public Task<Ticket> GetAsync(string id, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<Ticket>(Get(PathOf("tickets/{0}", id)), observer, ct);

        /// <summary>searchTickets: POST /tickets/search {query}; the items are under "tickets", each next page re-posts the query with pagination.starting_after.</summary>
        public Pager<Ticket> Search(object query, int? pageSize) =>
            Page<Ticket>(new PagedRequest(HttpMethod.Post, "tickets/search", PagingStyle.SearchCursor, "tickets")
            {
                Body = new Dictionary<string, object> { ["query"] = query },
                PageSize = pageSize,
            });

        /// <summary>createTicket: POST /tickets {ticket_type_id, contacts: [one of {id}|{external_id}|{email}], company_id?, created_at?, ticket_attributes?}.</summary>
        public Task<Ticket> CreateAsync(IDictionary<string, object> body, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<Ticket>(Post("tickets", body), observer, ct);

        /// <summary>updateTicket: PUT /tickets/{id} with only the fields to change.</summary>
        public Task<Ticket> UpdateAsync(string id, IDictionary<string, object> body, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<Ticket>(Put(PathOf("tickets/{0}", id), body), observer, ct);

        /// <summary>
        /// replyTicket: POST /tickets/{id}/reply with an admin_reply_ticket_request or one of the contact_reply_ticket_*
        /// requests. Intercom refuses contact replies on Back-office tickets (400 parameter_mismatch).
        /// </summary>
        public Task<TicketPart> ReplyAsync(string id, IDictionary<string, object> body, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<TicketPart>(Post(PathOf("tickets/{0}/reply", id), body), observer, ct);
    }
}
