using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Client.Http;
using IntercomPS.Client.Paging;

namespace IntercomPS.Client
{
    /// <summary>Help centers (read only) and their collections and sections.</summary>
    public sealed class HelpCenterApi : ApiResource
    {
        /// <summary>The largest per_page of the help center lists, articles included. 2.11 declares none; 150 is the most Intercom serves on a page of its 2.x lists.</summary>
        public const int MaxPageSize = 150;

        public HelpCenterApi(IntercomHttpEngine engine) : base(engine) { }

        /// <summary>listHelpCenters: GET /help_center/help_centers. Page-numbered, but the answer has no pages: a short page is the last.</summary>
        public Pager<HelpCenter> ListHelpCenters(int? pageSize) =>
            Page<HelpCenter>(new PagedRequest(HttpMethod.Get, "help_center/help_centers", PagingStyle.PageNumber) { PageSize = pageSize });

        /// <summary>retrieveHelpCenter: GET /help_center/help_centers/{id}.</summary>
        public Task<HelpCenter> GetHelpCenterAsync(string id, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<HelpCenter>(Get(PathOf("help_center/help_centers/{0}", id)), observer, ct);

        /// <summary>listAllCollections: GET /help_center/collections (collections and sections), page by page.</summary>
        public Pager<HelpCenterCollection> ListCollections(int? pageSize) =>
            Page<HelpCenterCollection>(new PagedRequest(HttpMethod.Get, "help_center/collections", PagingStyle.PageNumber) { PageSize = pageSize });

        /// <summary>retrieveCollection: GET /help_center/collections/{id}.</summary>
        public Task<HelpCenterCollection> GetCollectionAsync(string id, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<HelpCenterCollection>(Get(PathOf("help_center/collections/{0}", id)), observer, ct);

        /// <summary>createCollection: POST /help_center/collections; help_center_id is an integer, parent_id a string.</summary>
        public Task<HelpCenterCollection> CreateCollectionAsync(IDictionary<string, object> body, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<HelpCenterCollection>(Post("help_center/collections", TranslatedContent.InBody(body, "group")), observer, ct);

        /// <summary>updateCollection: PUT /help_center/collections/{id} with the fields to change; parent_id null makes it top-level.</summary>
        public Task<HelpCenterCollection> UpdateCollectionAsync(string id, IDictionary<string, object> changes, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<HelpCenterCollection>(Put(PathOf("help_center/collections/{0}", id), TranslatedContent.InBody(changes, "group")), observer, ct);

        /// <summary>deleteCollection: DELETE /help_center/collections/{id}.</summary>
        public Task<DeletedObject> DeleteCollectionAsync(string id, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<DeletedObject>(Delete(PathOf("help_center/collections/{0}", id)), observer, ct);
    }
}
