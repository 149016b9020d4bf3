using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Client.Http;
using IntercomPS.Client.Paging;

namespace IntercomPS.Client
{
    /// <summary>
    /// Tags. POST /tags (createTag) is five operations in one body: create, rename, tag companies, untag
    /// companies and tag contacts; each has its own method here.
    /// </summary>
    public sealed class TagsApi : ApiResource
    {
        /// <summary>How many companies or contacts one POST /tags carries.</summary>
        public const int BatchSize = 100;

        public TagsApi(IntercomHttpEngine engine) : base(engine) { }

        /// <summary>listTags: GET /tags.</summary>
        public Pager<Tag> List() => Page<Tag>(new PagedRequest(HttpMethod.Get, "tags", PagingStyle.None));

        /// <summary>findTag: GET /tags/{id}.</summary>
        public Task<Tag> GetAsync(string id, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<Tag>(Get(PathOf("tags/{0}", id)), observer, ct);

        /// <summary>createTag (create_or_update_tag_request): creates the tag, or returns the one with that name.</summary>
        public Task<Tag> CreateAsync(string name, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<Tag>(Post("tags", new Dictionary<string, object> { ["name"] = name }), observer, ct);

        /// <summary>createTag with an id: renames that tag.</summary>
        public Task<Tag> RenameAsync(string id, string newName, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<Tag>(Post("tags", new Dictionary<string, object> { ["name"] = newName, ["id"] = id }), observer, ct);

        /// <summary>createTag (tag_company_request): tags up to <see cref="BatchSize"/> companies, creating the tag if needed.</summary>
        public Task<Tag> TagCompaniesAsync(string name, IEnumerable<CompanyKey> companies, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<Tag>(Post("tags", new Dictionary<string, object>
            {
                ["name"] = name,
                ["companies"] = companies.Select(c => c.ToBody(untag: false)).ToList(),
            }), observer, ct);

        /// <summary>createTag (untag_company_request): removes the tag from up to <see cref="BatchSize"/> companies.</summary>
        public Task<Tag> UntagCompaniesAsync(string name, IEnumerable<CompanyKey> companies, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<Tag>(Post("tags", new Dictionary<string, object>
            {
                ["name"] = name,
                ["companies"] = companies.Select(c => c.ToBody(untag: true)).ToList(),
            }), observer, ct);

        /// <summary>createTag (tag_multiple_users_request): tags up to <see cref="BatchSize"/> contacts at once.</summary>
        public Task<Tag> TagContactsAsync(string name, IEnumerable<string> contactIds, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<Tag>(Post("tags", new Dictionary<string, object>
            {
                ["name"] = name,
                ["users"] = contactIds.Select(id => new Dictionary<string, object> { ["id"] = id }).ToList(),
            }), observer, ct);

        /// <summary>deleteTag: DELETE /tags/{id} (200, no body).</summary>
        public Task DeleteAsync(string id, IRequestObserver observer, CancellationToken ct) =>
            SendAsync(Delete(PathOf("tags/{0}", id)), observer, ct);

        /// <summary>listTagsForAContact: GET /contacts/{id}/tags.</summary>
        public Pager<Tag> ListForContact(string contactId) =>
            Page<Tag>(new PagedRequest(HttpMethod.Get, PathOf("contacts/{0}/tags", contactId), PagingStyle.None));

        /// <summary>attachTagToContact: POST /contacts/{id}/tags.</summary>
        public Task<Tag> AttachToContactAsync(string contactId, string tagId, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<Tag>(Post(PathOf("contacts/{0}/tags", contactId), new Dictionary<string, object> { ["id"] = tagId }), observer, ct);

        /// <summary>detachTagFromContact: DELETE /contacts/{id}/tags/{tag_id}.</summary>
        public Task<Tag> DetachFromContactAsync(string contactId, string tagId, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<Tag>(Delete(PathOf("contacts/{0}/tags/{1}", contactId, tagId)), observer, ct);

        /// <summary>attachTagToConversation: POST /conversations/{id}/tags.</summary>
        public Task<Tag> AttachToConversationAsync(string conversationId, string tagId, string adminId, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<Tag>(Post(PathOf("conversations/{0}/tags", conversationId), new Dictionary<string, object> { ["id"] = tagId, ["admin_id"] = adminId }), observer, ct);

        /// <summary>detachTagFromConversation: DELETE /conversations/{id}/tags/{tag_id} with a JSON body.</summary>
        public Task<Tag> DetachFromConversationAsync(string conversationId, string tagId, string adminId, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<Tag>(Delete(PathOf("conversations/{0}/tags/{1}", conversationId, tagId), new Dictionary<string, object> { ["admin_id"] = adminId }), observer, ct);

        /// <summary>attachTagToTicket: POST /tickets/{id}/tags.</summary>
        public Task<Tag> AttachToTicketAsync(string ticketId, string tagId, string adminId, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<Tag>(Post(PathOf("tickets/{0}/tags", ticketId), new Dictionary<string, object> { ["id"] = tagId, ["admin_id"] = adminId }), observer, ct);

        /// <summary>detachTagFromTicket: DELETE /tickets/{id}/tags/{tag_id} with a JSON body.</summary>
        public Task<Tag> DetachFromTicketAsync(string ticketId, string tagId, string adminId, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<Tag>(Delete(PathOf("tickets/{0}/tags/{1}", ticketId, tagId), new Dictionary<string, object> { ["admin_id"] = adminId }), observer, ct);
    }

    /// <summary>A company named either by its Intercom id or by your external company_id.</summary>
    public sealed class CompanyKey
    {
        private CompanyKey(string id, string companyId)
        {
            Id = id;
            CompanyId = companyId;
        }

        public string Id { get; }
        public string CompanyId { get; }

        public static CompanyKey ByIntercomId(string id) => new CompanyKey(id, null);
        public static CompanyKey ByExternalId(string companyId) => new CompanyKey(null, companyId);

        internal Dictionary<string, object> ToBody(bool untag)
        {
            var body = new Dictionary<string, object>();
            if (Id != null) body["id"] = Id;
            if (CompanyId != null) body["company_id"] = CompanyId;
            if (untag) body["untag"] = true;
            return body;
        }

        public override string ToString() => Id ?? CompanyId;
    }
}
