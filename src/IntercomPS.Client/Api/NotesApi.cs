using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Client.Http;
using IntercomPS.Client.Paging;

namespace IntercomPS.Client
{
    /// <summary>Notes about contacts.</summary>
    public sealed class NotesApi : ApiResource
    {
        public NotesApi(IntercomHttpEngine engine) : base(engine) { }

        /// <summary>retrieveNote: GET /notes/{id}.</summary>
        public Task<Note> GetAsync(string id, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<Note>(Get(PathOf("notes/{0}", id)), observer, ct);

        /// <summary>listNotes: GET /contacts/{id}/notes, page numbered.</summary>
        public Pager<Note> ListForContact(string contactId, int? pageSize) =>
            Page<Note>(new PagedRequest(HttpMethod.Get, PathOf("contacts/{0}/notes", contactId), PagingStyle.PageNumber) { PageSize = pageSize });

        /// <summary>createNote: POST /contacts/{id}/notes {body, admin_id}.</summary>
        public Task<Note> CreateAsync(string contactId, string body, string adminId, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<Note>(Post(PathOf("contacts/{0}/notes", contactId), new Dictionary<string, object>
            {
                ["body"] = body,
                ["admin_id"] = adminId,
            }), observer, ct);
    }
}
