using System.Management.Automation;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Removes a tag from companies, in batches like Add-IntercomCompanyTag.</summary>
    [Cmdlet(VerbsCommon.Remove, "IntercomCompanyTag", DefaultParameterSetName = CompanyBatchCmdlet.ByIdSet, SupportsShouldProcess = true)]
    [OutputType(typeof(Tag))]
    [IntercomOperation("createTag", AlsoCalls = true)]
    public sealed class RemoveIntercomCompanyTagCommand : CompanyBatchCmdlet
    {
        protected override string Action => "Untag companies";

        protected override Tag Send(System.Collections.Generic.IReadOnlyList<Client.CompanyKey> batch) =>
            Invoke((o, ct) => Api.Tags.UntagCompaniesAsync(Name, batch, o, ct));
    }
}
