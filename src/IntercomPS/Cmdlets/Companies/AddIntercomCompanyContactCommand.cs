using System.Management.Automation;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Attaches contacts to a company: one POST /contacts/{contact_id}/companies per contact.</summary>
    [Cmdlet(VerbsCommon.Add, "IntercomCompanyContact", SupportsShouldProcess = true)]
    [OutputType(typeof(Company))]
    [IntercomOperation("attachContactToACompany")]
    public sealed class AddIntercomCompanyContactCommand : CompanyContactCmdlet
    {
        protected override void ProcessRecord() =>
            ForEachPair("Attach to company", (id, contactId) => (o, ct) => Api.Companies.AttachContactAsync(id, contactId, o, ct));
    }
}
