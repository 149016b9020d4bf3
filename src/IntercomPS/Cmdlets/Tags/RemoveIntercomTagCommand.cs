using System.Management.Automation;
using IntercomPS.Infrastructure;
using IntercomPS.Infrastructure.Completion;

namespace IntercomPS.Cmdlets
{
    /// <summary>Deletes tags. A tag still applied to objects is refused by Intercom (tag_has_dependent_objects).</summary>
    [Cmdlet(VerbsCommon.Remove, "IntercomTag", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    [IntercomOperation("deleteTag")]
    public sealed class RemoveIntercomTagCommand : IntercomCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("TagId")]
        [ValidateIntercomId]
        [ArgumentCompleter(typeof(TagIdCompleter))]
        public string[] Id { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var id in Id)
            {
                if (!ShouldProcess($"tag {id}", "Delete Intercom tag")) continue;
                ForItem(id, () => Invoke((o, ct) => Api.Tags.DeleteAsync(id, o, ct)));
            }
        }
    }
}
