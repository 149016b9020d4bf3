using System.Management.Automation;
using IntercomPS.Client;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Searches tickets with a PowerShell-style -Filter or Intercom's own -Query, streaming every page.</summary>
    [Cmdlet(VerbsCommon.Search, "IntercomTicket", DefaultParameterSetName = FilterSet, SupportsPaging = true)]
    [OutputType(typeof(Ticket))]
    [IntercomOperation("searchTickets")]
    public sealed class SearchIntercomTicketCommand : SearchCmdlet
    {
        /// <summary>Tickets per request (pagination.per_page); by default the maximum, 150.</summary>
        [Parameter]
        [ValidateRange(1, TicketsApi.MaxPageSize)]
        public int? PageSize { get; set; }

        protected override void ProcessRecord() =>
            ForItem(Filter ?? (object)Query, () => WritePages(Api.Tickets.Search(SearchQuery, PageSizeOrDefault(PageSize, TicketsApi.MaxPageSize))));
    }
}
