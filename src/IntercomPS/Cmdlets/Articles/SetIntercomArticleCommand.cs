using System;
using System.Linq;
using System.Management.Automation;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Changes articles: only the fields given are sent. Unlike the other Set- cmdlets, the fields bind from piped
    /// objects too, so a piped article (or its JSON or Export-Clixml copy) is the article's new content.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "IntercomArticle", SupportsShouldProcess = true)]
    [OutputType(typeof(Article))]
    [IntercomOperation("updateArticle")]
    public sealed class SetIntercomArticleCommand : ArticleFieldsCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("ArticleId")]
        [ValidateIntercomId]
        public string[] Id { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Title { get; set; }

        /// <summary>Without pipeline input, nothing to change stops the command before any request.</summary>
        protected override void BeginProcessing()
        {
            if (!MyInvocation.ExpectingInput && Changes().Count == 0) ThrowTerminatingError(NothingToChange(Fields.Select(f => f.Parameter)));
            base.BeginProcessing();
        }

        protected override void ProcessRecord()
        {
            var changes = Changes();
            if (changes.Count == 0)
            {
                WriteError(NothingToChange(Fields.Select(f => f.Parameter), string.Join(", ", Id)));
                return;
            }
            ChangeEach<Article>(Id, "article", $"Update {string.Join(", ", changes.Keys)}", id => (o, ct) => Api.Articles.UpdateAsync(id, changes, o, ct));
        }
    }
}
