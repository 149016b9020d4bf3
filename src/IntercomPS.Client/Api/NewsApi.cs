using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Client.Http;
using IntercomPS.Client.Paging;

namespace IntercomPS.Client
{
    /// <summary>News items and the newsfeeds they are published in (newsfeeds are read only).</summary>
    public sealed class NewsApi : ApiResource
    {
        public NewsApi(IntercomHttpEngine engine) : base(engine) { }

        /// <summary>listNewsItems: GET /news/news_items (pages in the answer only; followed if Intercom ever sends pages.next).</summary>
        public Pager<NewsItem> ListItems() =>
            Page<NewsItem>(new PagedRequest(HttpMethod.Get, "news/news_items", PagingStyle.PagesResponseOnly));

        /// <summary>retrieveNewsItem: GET /news/news_items/{id}.</summary>
        public Task<NewsItem> GetItemAsync(string id, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<NewsItem>(Get(PathOf("news/news_items/{0}", id)), observer, ct);

        /// <summary>createNewsItem: POST /news/news_items (news_item_request: title and sender_id required).</summary>
        public Task<NewsItem> CreateItemAsync(IDictionary<string, object> body, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<NewsItem>(Post("news/news_items", body), observer, ct);

        /// <summary>
        /// updateNewsItem: PUT /news/news_items/{id}. Its body is news_item_request, which requires title and sender_id
        /// even for a partial change: when the changes lack either, the item is read first (retrieveNewsItem) and its
        /// own title and sender are sent with them.
        /// </summary>
        public async Task<NewsItem> UpdateItemAsync(string id, IDictionary<string, object> changes, IRequestObserver observer, CancellationToken ct)
        {
            var body = new Dictionary<string, object>(changes);
            if (!body.ContainsKey("title") || !body.ContainsKey("sender_id"))
            {
                var current = await GetItemAsync(id, observer, ct).ConfigureAwait(false);
                if (!body.ContainsKey("title")) body["title"] = current.Title;
                if (!body.ContainsKey("sender_id")) body["sender_id"] = current.SenderId;
            }
            return await SendAsync<NewsItem>(Put(PathOf("news/news_items/{0}", id), body), observer, ct).ConfigureAwait(false);
        }

        /// <summary>deleteNewsItem: DELETE /news/news_items/{id}.</summary>
        public Task<DeletedObject> DeleteItemAsync(string id, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<DeletedObject>(Delete(PathOf("news/news_items/{0}", id)), observer, ct);

        /// <summary>listNewsfeeds: GET /news/newsfeeds (pages in the answer only).</summary>
        public Pager<Newsfeed> ListNewsfeeds() =>
            Page<Newsfeed>(new PagedRequest(HttpMethod.Get, "news/newsfeeds", PagingStyle.PagesResponseOnly));

        /// <summary>retrieveNewsfeed: GET /news/newsfeeds/{id}.</summary>
        public Task<Newsfeed> GetNewsfeedAsync(string id, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<Newsfeed>(Get(PathOf("news/newsfeeds/{0}", id)), observer, ct);

        /// <summary>listLiveNewsfeedItems: GET /news/newsfeeds/{id}/items, the live news items of a newsfeed (pages in the answer only).</summary>
        public Pager<NewsItem> ListLiveItems(string newsfeedId) =>
            Page<NewsItem>(new PagedRequest(HttpMethod.Get, PathOf("news/newsfeeds/{0}/items", newsfeedId), PagingStyle.PagesResponseOnly));

        /// <summary>newsfeed_assignments: the item published in each of the newsfeeds since the given time.</summary>
        public static List<Dictionary<string, object>> Assignments(IEnumerable<long> newsfeedIds, DateTimeOffset publishedAt) =>
            newsfeedIds.Select(id => new Dictionary<string, object> { ["newsfeed_id"] = id, ["published_at"] = publishedAt.ToUnixTimeSeconds() }).ToList();
    }
}
