using System.Management.Automation;
using IntercomPS.Client;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Reads companies: the list (optionally filtered by a name pattern), a scroll over all of them, or by
    /// Intercom id, external company_id, literal name, tag or segment.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "IntercomCompany", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Company))]
    [IntercomOperation("listAllCompanies", ParameterSet = ListSet)]
    [IntercomOperation("scrollOverAllCompanies", ParameterSet = ScrollSet)]
    [IntercomOperation("RetrieveACompanyById", ParameterSet = ByIdSet)]
    [IntercomOperation("retrieveCompany", ParameterSet = "List -Name, ByCompanyId, ByTagId, BySegmentId")]
    public sealed class GetIntercomCompanyCommand : IntercomCmdlet
    {
        private const string ListSet = "List";
        private const string ScrollSet = "Scroll";
        private const string ByIdSet = "ById";
        private const string ByCompanyIdSet = "ByCompanyId";
        private const string ByTagIdSet = "ByTagId";
        private const string BySegmentIdSet = "BySegmentId";

        /// <summary>Intercom ids. Deliberately no CompanyId alias: a company's CompanyId is its external id.</summary>
        [Parameter(ParameterSetName = ByIdSet, Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateIntercomId]
        public string[] Id { get; set; }

        /// <summary>A literal name is looked up (GET /companies?name=); a wildcard pattern filters the list on the client.</summary>
        [Parameter(ParameterSetName = ListSet, Position = 0)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [ValidateSet("asc", "desc")]
        public string Order { get; set; }

        /// <summary>Your external company_id values; never taken from the pipeline.</summary>
        [Parameter(ParameterSetName = ByCompanyIdSet, Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string[] CompanyId { get; set; }

        [Parameter(ParameterSetName = ByTagIdSet, Mandatory = true)]
        [ValidateIntercomId]
        public string TagId { get; set; }

        [Parameter(ParameterSetName = BySegmentIdSet, Mandatory = true)]
        [ValidateIntercomId]
        public string SegmentId { get; set; }

        /// <summary>Every company, through the scroll API: no 10,000 limit, companies without users included.</summary>
        [Parameter(ParameterSetName = ScrollSet, Mandatory = true)]
        [Alias("Scroll")]
        public SwitchParameter All { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [Parameter(ParameterSetName = ByTagIdSet)]
        [Parameter(ParameterSetName = BySegmentIdSet)]
        [ValidateRange(1, CompaniesApi.MaxPageSize)]
        public int? PageSize { get; set; }

        /// <summary>A failing request is reported as an error naming what was asked for (the id, name, tag or segment).</summary>
        protected override void ProcessRecord()
        {
            switch (ParameterSetName)
            {
                case ListSet when Name != null && !WildcardPattern.ContainsWildcardCharacters(Name):
                    var literal = WildcardPattern.Unescape(Name);
                    ForItem(literal, () => WritePages(Api.Companies.FindByName(literal)));
                    break;
                case ListSet:
                    ForItem(Name, () => WritePages(Api.Companies.List(Order, PageSize), NameFilter<Company>(Name, company => company.Name)));
                    break;
                case ScrollSet:
                    ForItem(null, () => WritePages(Api.Companies.Scroll()));
                    break;
                case ByIdSet:
                    foreach (var id in Id)
                        ForItem(id, () => WriteObject(Invoke((o, ct) => Api.Companies.GetAsync(id, o, ct))));
                    break;
                case ByCompanyIdSet:
                    foreach (var companyId in CompanyId)
                        ForItem(companyId, () => WritePages(Api.Companies.FindByCompanyId(companyId)));
                    break;
                case ByTagIdSet:
                    ForItem(TagId, () => WritePages(Api.Companies.ListByTag(TagId, PageSize)));
                    break;
                case BySegmentIdSet:
                    ForItem(SegmentId, () => WritePages(Api.Companies.ListBySegment(SegmentId, PageSize)));
                    break;
            }
        }
    }
}
