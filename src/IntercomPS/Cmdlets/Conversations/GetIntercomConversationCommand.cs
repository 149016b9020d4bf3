using System.Management.Automation;
using IntercomPS.Client;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Streams every conversation page by page (cursor paging, without parts), or gets conversations by id with their parts.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomConversation", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Conversation))]
    [IntercomOperation("listConversations", ParameterSet = ListSet)]
    [IntercomOperation("retrieveConversation", ParameterSet = ByIdSet)]
    public sealed class GetIntercomConversationCommand : IntercomCmdlet
    {
        private const string ListSet = "List";
        private const string ByIdSet = "ById";

        [Parameter(ParameterSetName = ByIdSet, Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("ConversationId")]
        [ValidateIntercomId]
        public string[] Id { get; set; }

        /// <summary>plaintext: the parts' bodies without HTML (display_as).</summary>
        [Parameter(ParameterSetName = ByIdSet)]
        [ValidateSet("plaintext")]
        public string DisplayAs { get; set; }

        /// <summary>Conversations per request (per_page); by default the maximum, 150.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateRange(1, ConversationsApi.MaxPageSize)]
        public int? PageSize { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == ListSet)
            {
                WritePages(Api.Conversations.List(PageSizeOrDefault(PageSize, ConversationsApi.MaxPageSize)));
                return;
            }
            foreach (var id in Id)
                ForItem(id, () => WriteObject(Invoke((o, ct) => Api.Conversations.GetAsync(id, DisplayAs?.ToLowerInvariant(), o, ct))));
        }
    }
}
