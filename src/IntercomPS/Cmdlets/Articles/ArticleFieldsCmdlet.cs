using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using IntercomPS.Infrastructure;
using IntercomPS.Infrastructure.Completion;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Shared by New- and Set-IntercomArticle: the article's content. Every field binds from piped objects by property
    /// name, so an article read with Get-IntercomArticle, or its Export-Clixml or JSON copy, can be piped back; a blank
    /// or missing property of a piped object sends nothing.
    /// </summary>
    public abstract class ArticleFieldsCmdlet : ThrottledCmdlet
    {
        protected static readonly (string Parameter, string Field)[] Fields =
        {
            ("Title", "title"),
            ("Description", "description"),
            ("Body", "body"),
            ("AuthorId", "author_id"),
            ("State", "state"),
            ("ParentId", "parent_id"),
            ("ParentType", "parent_type"),
            ("TranslatedContent", "translated_content"),
        };

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Description { get; set; }

        /// <summary>HTML.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Body { get; set; }

        /// <summary>An admin of the workspace.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(AdminIdCompleter))]
        public long? AuthorId { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateSetOrEmpty("published", "draft")]
        [ArgumentCompleter(typeof(SetOrEmptyCompleter))]
        public string State { get; set; }

        /// <summary>The collection or section to put the article in.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public long? ParentId { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateSetOrEmpty("collection", "section")]
        [ArgumentCompleter(typeof(SetOrEmptyCompleter))]
        public string ParentType { get; set; }

        /// <summary>The content per locale: @{ fr = @{ title = '...'; description = '...'; body = '...'; author_id = 1; state = 'draft' } }.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [TranslatedContentArgument]
        public Hashtable TranslatedContent { get; set; }

        /// <summary>The fields given, with state and parent_type in the lower case the API takes.</summary>
        protected Dictionary<string, object> Changes()
        {
            var body = BoundBody(Fields);
            foreach (var field in new[] { "state", "parent_type" })
                if (body.TryGetValue(field, out var value) && value is string text) body[field] = text.ToLowerInvariant();
            return body;
        }
    }
}
