using System.Management.Automation;
using IntercomPS.Client;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Searches contacts with a PowerShell-style -Filter or Intercom's own -Query, streaming every page.</summary>
    [Cmdlet(VerbsCommon.Search, "IntercomContact", DefaultParameterSetName = FilterSet, SupportsPaging = true)]
    [OutputType(typeof(Contact))]
    [IntercomOperation("SearchContacts")]
    public sealed class SearchIntercomContactCommand : SearchCmdlet
    {
        /// <summary>Contacts per request (pagination.per_page); by default the maximum, 150.</summary>
        [Parameter]
        [ValidateRange(1, ContactsApi.MaxPageSize)]
        public int? PageSize { get; set; }

        protected override void ProcessRecord() =>
            ForItem(Filter ?? (object)Query, () => WritePages(Api.Contacts.Search(SearchQuery, PageSizeOrDefault(PageSize, ContactsApi.MaxPageSize))));
    }
}
