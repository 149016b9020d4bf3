using System.Management.Automation;
using IntercomPS.Infrastructure;
using IntercomPS.Infrastructure.Completion;

namespace IntercomPS.Cmdlets
{
    [Cmdlet(VerbsCommon.Rename, "IntercomTag", SupportsShouldProcess = true)]
    [OutputType(typeof(Tag))]
    [IntercomOperation("createTag", AlsoCalls = true)]
    public sealed class RenameIntercomTagCommand : IntercomCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("TagId")]
        [ValidateIntercomId]
        [ArgumentCompleter(typeof(TagIdCompleter))]
        public string Id { get; set; }

        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        public string NewName { get; set; }

        protected override void ProcessRecord()
        {
            if (!ShouldProcess($"tag {Id}", $"Rename to '{NewName}'")) return;
            ForItem(Id, () => WriteObject(Invoke((o, ct) => Api.Tags.RenameAsync(Id, NewName, o, ct))));
        }
    }
}
