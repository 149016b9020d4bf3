using System.Management.Automation;
using IntercomPS.Infrastructure;
using IntercomPS.Infrastructure.Completion;

namespace IntercomPS.Cmdlets
{
    [Cmdlet(VerbsCommon.Remove, "IntercomContactTag", SupportsShouldProcess = true)]
    [OutputType(typeof(Tag))]
    [IntercomOperation("detachTagFromContact")]
    public sealed class RemoveIntercomContactTagCommand : ThrottledCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("ContactId")]
        [ValidateIntercomId]
        public string[] Id { get; set; }

        [Parameter(Mandatory = true)]
        [ValidateIntercomId]
        [ArgumentCompleter(typeof(TagIdCompleter))]
        public string TagId { get; set; }

        protected override void ProcessRecord() =>
            ChangeEach<Tag>(Id, "contact", $"Remove tag {TagId}", id => (o, ct) => Api.Tags.DetachFromContactAsync(id, TagId, o, ct));
    }
}
