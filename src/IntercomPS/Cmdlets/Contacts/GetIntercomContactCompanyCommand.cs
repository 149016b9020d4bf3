using System.Management.Automation;
using IntercomPS.Client.Paging;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    [Cmdlet(VerbsCommon.Get, "IntercomContactCompany", SupportsPaging = true)]
    [OutputType(typeof(Company))]
    [IntercomOperation("listCompaniesForAContact")]
    public sealed class GetIntercomContactCompanyCommand : ContactListCmdlet<Company>
    {
        /// <summary>Companies per request (per_page); Intercom's default is 15.</summary>
        [Parameter]
        [ValidateRange(1, 150)]
        public int? PageSize { get; set; }

        protected override Pager<Company> List(string contactId) => Api.Contacts.ListCompanies(contactId, PageSize);
    }
}
