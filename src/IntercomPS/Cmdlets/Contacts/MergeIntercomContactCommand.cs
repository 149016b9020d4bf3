using System.Management.Automation;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Merges leads into a user; the lead is gone afterwards (every read of it answers 404).</summary>
    [Cmdlet(VerbsData.Merge, "IntercomContact", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(Contact))]
    [IntercomOperation("MergeContact")]
    public sealed class MergeIntercomContactCommand : IntercomCmdlet
    {
        /// <summary>The lead to merge away (body "from").</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("From", "LeadId")]
        [ValidateIntercomId]
        public string[] Id { get; set; }

        /// <summary>The user that remains (body "into").</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [Alias("UserId")]
        [ValidateIntercomId]
        public string Into { get; set; }

        protected override void ProcessRecord() =>
            ChangeEach<Contact>(Id, "lead", $"Merge into user {Into}", id => (o, ct) => Api.Contacts.MergeAsync(id, Into, o, ct));
    }
}
