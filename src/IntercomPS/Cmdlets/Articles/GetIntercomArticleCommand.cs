using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
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
    public sealed class GetIntercomArticleCommand : NumberedListOrByIdCmdlet<Article>
    {
        [Parameter(ParameterSetName = ByIdSet, Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("ArticleId")]
        [ValidateIntercomId]
        public string[] Id { get; set; }

        protected override string[] Ids => Id;

        protected override Pager<Article> List(int pageSize) => Api.Articles.List(pageSize);

        protected override Task<Article> GetAsync(string id, IRequestObserver observer, CancellationToken ct) => Api.Articles.GetAsync(id, observer, ct);
    }
}
