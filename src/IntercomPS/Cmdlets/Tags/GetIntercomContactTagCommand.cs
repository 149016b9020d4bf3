using System.Management.Automation;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    [Cmdlet(VerbsCommon.Get, "IntercomContactTag")]
    [OutputType(typeof(Tag))]
    [IntercomOperation("listTagsForAContact")]
    public sealed class GetIntercomContactTagCommand : IntercomCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("ContactId")]
        [ValidateIntercomId]
        public string[] Id { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var id in Id)
                ForItem(id, () => WritePages(Api.Tags.ListForContact(id)));
        }
    }
}
