using System.Management.Automation;
using IntercomPS.Client;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Searches conversations with a PowerShell-style -Filter or Intercom's own -Query, streaming every page.</summary>
    [Cmdlet(VerbsCommon.Search, "IntercomConversation", DefaultParameterSetName = FilterSet, SupportsPaging = true)]
    [OutputType(typeof(Conversation))]
    [IntercomOperation("searchConversations")]
    public sealed class SearchIntercomConversationCommand : SearchCmdlet
    {
        /// <summary>Conversations per request (pagination.per_page); by default the maximum, 150.</summary>
        [Parameter]
        [ValidateRange(1, ConversationsApi.MaxPageSize)]
        public int? PageSize { get; set; }

        protected override void ProcessRecord() =>
            ForItem(Filter ?? (object)Query, () => WritePages(Api.Conversations.Search(SearchQuery, PageSizeOrDefault(PageSize, ConversationsApi.MaxPageSize))));
    }
}
