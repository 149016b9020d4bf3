using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Client.Http;
using IntercomPS.Client.Paging;

namespace IntercomPS.Client
{
    /// <summary>Help center articles: list, search, read, create, update, delete.</summary>
    public sealed class ArticlesApi : ApiResource
    {
        public ArticlesApi(IntercomHttpEngine engine) : base(engine) { }

        /// <summary>listArticles: GET /articles, page by page, most recently updated first (items have no statistics).</summary>
        public Pager<Article> List(int? pageSize) =>
            Page<Article>(new PagedRequest(HttpMethod.Get, "articles", PagingStyle.PageNumber) { PageSize = pageSize });

        /// <summary>retrieveArticle: GET /articles/{id}.</summary>
        public Task<Article> GetAsync(string id, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<Article>(Get(PathOf("articles/{0}", id)), observer, ct);

        /// <summary>
        /// searchArticles: GET /articles/search. The answer holds data.articles and, asked for, data.highlights, which
        /// are attached to their articles. Only the first page is read: 2.11 declares no way to ask for another, and
        /// Intercom ignores the page of the pages.next URL it sends (intercom/intercom-node#496).
        /// </summary>
        public async Task<ArticleSearchResult> SearchAsync(ArticleSearch search, IRequestObserver observer, CancellationToken ct)
        {
            var request = Get("articles/search")
                .WithQuery("phrase", search.Phrase)
                .WithQuery("state", search.State)
                .WithQuery("help_center_id", search.HelpCenterId)
                .WithQuery("highlight", search.Highlight ? "true" : null);
            var answer = await SendAsync<SearchAnswer>(request, observer, ct).ConfigureAwait(false);
            var articles = answer?.Data?.Articles ?? new List<Article>();
            var highlights = answer?.Data?.Highlights ?? new List<ArticleSearchHighlight>();
            foreach (var article in articles) article.Highlight = highlights.FirstOrDefault(h => h.ArticleId == article.Id);
            return new ArticleSearchResult(articles, answer?.TotalCount ?? articles.Count);
        }

        /// <summary>createArticle: POST /articles. parent_id is an integer here.</summary>
        public Task<Article> CreateAsync(IDictionary<string, object> body, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<Article>(Post("articles", TranslatedContent.InBody(body, "article")), observer, ct);

        /// <summary>updateArticle: PUT /articles/{id} with the fields to change; parent_id is a string here (it is an integer on create).</summary>
        public Task<Article> UpdateAsync(string id, IDictionary<string, object> changes, IRequestObserver observer, CancellationToken ct)
        {
            var body = TranslatedContent.InBody(changes, "article");
            if (body.TryGetValue("parent_id", out var parent) && parent != null)
                body = new Dictionary<string, object>(body) { ["parent_id"] = System.Convert.ToString(parent, CultureInfo.InvariantCulture) };
            return SendAsync<Article>(Put(PathOf("articles/{0}", id), body), observer, ct);
        }

        /// <summary>deleteArticle: DELETE /articles/{id}.</summary>
        public Task<DeletedObject> DeleteAsync(string id, IRequestObserver observer, CancellationToken ct) =>
            SendAsync<DeletedObject>(Delete(PathOf("articles/{0}", id)), observer, ct);

        private sealed class SearchAnswer : IntercomObject
        {
            public long? TotalCount { get; set; }
            public SearchData Data { get; set; }
        }

        private sealed class SearchData : IntercomObject
        {
            public List<Article> Articles { get; set; }
            public List<ArticleSearchHighlight> Highlights { get; set; }
        }
    }

    /// <summary>What to search articles for; unset parts are not sent.</summary>
    public sealed class ArticleSearch
    {
        public string Phrase { get; set; }
        /// <summary>published, draft or all.</summary>
        public string State { get; set; }
        public long? HelpCenterId { get; set; }
        public bool Highlight { get; set; }
    }

    /// <summary>The articles of a search, and how many Intercom found in all.</summary>
    public sealed class ArticleSearchResult
    {
        public ArticleSearchResult(IReadOnlyList<Article> articles, long totalCount)
        {
            Articles = articles;
            TotalCount = totalCount;
        }

        public IReadOnlyList<Article> Articles { get; }
        public long TotalCount { get; }
        public bool IsPartial => TotalCount > Articles.Count;
    }
}
