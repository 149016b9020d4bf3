using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Net.Http;
using IntercomPS.Client.Http;
using IntercomPS.Client.Paging;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Calls any API path through the session, with the same headers, retries, paging and errors as every
    /// other cmdlet. Answers come back as PSCustomObjects, like Invoke-RestMethod.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Invoke, "IntercomRequest", SupportsShouldProcess = true)]
    [OutputType(typeof(PSObject))]
    public sealed class InvokeIntercomRequestCommand : IntercomCmdlet
    {
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateSet("GET", "POST", "PUT", "DELETE")]
        public string Method { get; set; }

        /// <summary>Path relative to the API root (e.g. "tags" or "/contacts/123"), or a full URL on the session's host.</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; }

        [Parameter]
        public IDictionary Query { get; set; }

        /// <summary>A hashtable or object (sent as JSON), or a JSON string.</summary>
        [Parameter]
        public object Body { get; set; }

        /// <summary>Follow pages.next and write every item of every page (the first array of each answer).</summary>
        [Parameter]
        public SwitchParameter All { get; set; }

        /// <summary>The POST only reads (a list or search): it may be retried after a 5xx like a GET, and -WhatIf does not apply.</summary>
        [Parameter]
        public SwitchParameter ReadOnly { get; set; }

        protected override void ProcessRecord()
        {
            var method = new HttpMethod(Method);
            var body = Body == null ? null : PlainValue.FromPowerShell(Body);
            var changes = method != HttpMethod.Get && !ReadOnly;
            if (changes && !ShouldProcess(Path, $"Send {Method} request")) return;

            ForItem(Path, () =>
            {
                if (All)
                {
                    // A POST list is a search: its next page re-posts the query with pagination.starting_after.
                    var style = method == HttpMethod.Post ? PagingStyle.SearchCursor : PagingStyle.PagesResponseOnly;
                    var pager = Api.Raw.Page(method, Path, style, body, QueryPairs());
                    WritePages(pager, output: PlainValue.ToPowerShell);
                    return;
                }
                var request = new ApiRequest(method, Path) { Body = body, IsReadOnly = ReadOnly };
                request.Query.AddRange(QueryPairs());
                var result = Invoke((o, ct) => Api.Raw.InvokeAsync(request, o, ct));
                if (result != null) WriteObject(PlainValue.ToPowerShell(result));
            });
        }

        private IEnumerable<KeyValuePair<string, string>> QueryPairs() =>
            Query == null
                ? Enumerable.Empty<KeyValuePair<string, string>>()
                : Query.Cast<DictionaryEntry>().Select(e => new KeyValuePair<string, string>(e.Key.ToString(), LanguagePrimitives.ConvertTo<string>(e.Value)));
    }
}
