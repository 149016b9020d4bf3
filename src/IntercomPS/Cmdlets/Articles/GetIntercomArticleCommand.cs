using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Client;
using IntercomPS.Client.Http;
using IntercomPS.Client.Paging;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Streams every article page by page, most recently updated first, or gets articles by id (with their statistics).</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomArticle", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Article))]
    [IntercomOperation("listArticles", ParameterSet = ListSet)]
    [IntercomOperation("retrieveArticle", ParameterSet = ByIdSet)]
    public sealed class GetIntercomArticleCommand : ListOrByIdCmdlet<Article>
    {
        [Parameter(ParameterSetName = ByIdSet, Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("ArticleId")]
        [ValidateIntercomId]
        public string[] Id { get; set; }

        /// <summary>Articles per request (per_page); by default the maximum.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateRange(1, ArticlesApi.MaxPageSize)]
        public int? PageSize { get; set; }

        protected override string[] Ids => Id;

        protected override Pager<Article> List() => Api.Articles.List(PageSizeOrDefault(PageSize, ArticlesApi.MaxPageSize));

        protected override Task<Article> GetAsync(string id, IRequestObserver observer, CancellationToken ct) => Api.Articles.GetAsync(id, observer, ct);
    }
}
