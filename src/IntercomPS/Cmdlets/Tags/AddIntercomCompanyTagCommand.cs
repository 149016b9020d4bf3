using System.Management.Automation;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Tags companies, creating the tag if needed. Piped companies are collected and sent in batches of
    /// TagsApi.BatchSize (one request per batch, not per company).
    /// </summary>
    [Cmdlet(VerbsCommon.Add, "IntercomCompanyTag", DefaultParameterSetName = CompanyBatchCmdlet.ByIdSet, SupportsShouldProcess = true)]
    [OutputType(typeof(Tag))]
    [IntercomOperation("createTag", AlsoCalls = true)]
    public sealed class AddIntercomCompanyTagCommand : CompanyBatchCmdlet
    {
        protected override string Action => "Tag companies";

        protected override Tag Send(System.Collections.Generic.IReadOnlyList<Client.CompanyKey> batch) =>
            Invoke((o, ct) => Api.Tags.TagCompaniesAsync(Name, batch, o, ct));
    }
}
