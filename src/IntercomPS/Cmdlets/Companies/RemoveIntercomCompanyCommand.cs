using System.Management.Automation;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Deletes companies (Intercom archives them and detaches their contacts; the contacts stay).</summary>
    [Cmdlet(VerbsCommon.Remove, "IntercomCompany", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(DeletedObject))]
    [IntercomOperation("deleteCompany")]
    public sealed class RemoveIntercomCompanyCommand : IntercomCmdlet
    {
        /// <summary>Intercom ids. Deliberately no CompanyId alias: a company's CompanyId is its external id.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateIntercomId]
        public string[] Id { get; set; }

        /// <summary>Write Intercom's answer ({id, object, deleted}) for each deleted company.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var id in Id)
            {
                if (!ShouldProcess($"company {id}", "Delete Intercom company")) continue;
                ForItem(id, () =>
                {
                    var deleted = Invoke((o, ct) => Api.Companies.DeleteAsync(id, o, ct));
                    if (PassThru) WriteObject(deleted);
                });
            }
        }
    }
}
