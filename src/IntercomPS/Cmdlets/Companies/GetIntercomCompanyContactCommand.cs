using System.Management.Automation;
using IntercomPS.Client;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    [Cmdlet(VerbsCommon.Get, "IntercomCompanyContact", SupportsPaging = true)]
    [OutputType(typeof(Contact))]
    [IntercomOperation("ListAttachedContacts")]
    public sealed class GetIntercomCompanyContactCommand : IntercomCmdlet
    {
        /// <summary>The companies' Intercom ids (not their external CompanyId).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateIntercomId]
        public string[] Id { get; set; }

        [Parameter]
        [ValidateRange(1, CompaniesApi.MaxPageSize)]
        public int? PageSize { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var id in Id)
                ForItem(id, () => WritePages(Api.Companies.ListContacts(id, PageSize)));
        }
    }
}
