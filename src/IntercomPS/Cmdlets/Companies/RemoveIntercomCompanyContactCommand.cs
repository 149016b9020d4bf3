using System.Management.Automation;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Detaches contacts from a company; the contacts and the company stay.</summary>
    [Cmdlet(VerbsCommon.Remove, "IntercomCompanyContact", SupportsShouldProcess = true)]
    [OutputType(typeof(Company))]
    [IntercomOperation("detachContactFromACompany")]
    public sealed class RemoveIntercomCompanyContactCommand : CompanyContactCmdlet
    {
        protected override void ProcessRecord() =>
            ForEachPair("Detach from company", (id, contactId) => (o, ct) => Api.Companies.DetachContactAsync(id, contactId, o, ct));
    }
}
