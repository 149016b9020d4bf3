using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Client;
using IntercomPS.Client.Http;
using IntercomPS.Client.Paging;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// A Get- cmdlet with two sets: List (the default) streams every object page by page; ById gets each id given or
    /// piped, and a failing id is an error for that id only.
    /// </summary>
    public abstract class ListOrByIdCmdlet<T> : IntercomCmdlet
    {
        protected const string ListSet = "List";
        protected const string ByIdSet = "ById";

        protected abstract string[] Ids { get; }

        protected abstract Pager<T> List();

        protected abstract Task<T> GetAsync(string id, IRequestObserver observer, CancellationToken ct);

        protected override void ProcessRecord()
        {
            if (ParameterSetName == ListSet)
            {
                WritePages(List());
                return;
            }
            foreach (var id in Ids)
                ForItem(id, () => WriteObject(Invoke((o, ct) => GetAsync(id, o, ct))));
        }
    }

    /// <summary>A ListOrByIdCmdlet whose list is page-numbered (the help center lists): -PageSize sets per_page.</summary>
    public abstract class NumberedListOrByIdCmdlet<T> : ListOrByIdCmdlet<T>
    {
        /// <summary>Objects per request (per_page); by default the maximum, or what -First needs.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateRange(1, HelpCenterApi.MaxPageSize)]
        public int? PageSize { get; set; }

        protected sealed override Pager<T> List() => List(PageSizeOrDefault(PageSize, HelpCenterApi.MaxPageSize));

        protected abstract Pager<T> List(int pageSize);
    }
}
