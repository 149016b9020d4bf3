using System.Management.Automation;
using IntercomPS.Client;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Streams every contact page by page (cursor paging), or gets contacts by id.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomContact", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Contact))]
    [IntercomOperation("ListContacts", ParameterSet = ListSet)]
    [IntercomOperation("ShowContact", ParameterSet = ByIdSet)]
    public sealed class GetIntercomContactCommand : IntercomCmdlet
    {
        private const string ListSet = "List";
        private const string ByIdSet = "ById";

        [Parameter(ParameterSetName = ByIdSet, Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("ContactId")]
        [ValidateIntercomId]
        public string[] Id { get; set; }

        /// <summary>Contacts per request (per_page); by default the maximum, 150.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateRange(1, ContactsApi.MaxPageSize)]
        public int? PageSize { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == ListSet)
            {
                WritePages(Api.Contacts.List(PageSizeOrDefault(PageSize, ContactsApi.MaxPageSize)));
                return;
            }
            foreach (var id in Id)
                ForItem(id, () => WriteObject(Invoke((o, ct) => Api.Contacts.GetAsync(id, o, ct))));
        }
    }
}
