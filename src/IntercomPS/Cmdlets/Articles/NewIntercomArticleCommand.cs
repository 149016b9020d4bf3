using System.Globalization;
using System.Management.Automation;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Creates articles, written by the connected admin unless -AuthorId says otherwise. Piped objects bind by property
    /// name, so articles exported from one workspace can be created in another.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "IntercomArticle", SupportsShouldProcess = true)]
    [OutputType(typeof(Article))]
    [IntercomOperation("createArticle")]
    public sealed class NewIntercomArticleCommand : ArticleFieldsCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Title { get; set; }

        protected override void ProcessRecord()
        {
            var body = Changes();
            if (!body.ContainsKey("author_id")) body["author_id"] = long.Parse(AdminIdOrDefault(null, "AuthorId"), CultureInfo.InvariantCulture);
            ChangeEach<Article>(new[] { Title }, "article", "Create Intercom article", _ => (o, ct) => Api.Articles.CreateAsync(body, o, ct));
        }
    }
}
