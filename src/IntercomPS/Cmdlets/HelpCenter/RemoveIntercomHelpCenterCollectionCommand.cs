using System.Management.Automation;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Deletes collections and sections.</summary>
    [Cmdlet(VerbsCommon.Remove, "IntercomHelpCenterCollection", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(DeletedObject))]
    [IntercomOperation("deleteCollection")]
    public sealed class RemoveIntercomHelpCenterCollectionCommand : ThrottledCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("CollectionId")]
        [ValidateIntercomId]
        public string[] Id { get; set; }

        /// <summary>Writes Intercom's answer ({id, object, deleted}) for each deleted collection.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord() =>
            ChangeEach<DeletedObject>(Id, "help center collection", "Delete Intercom help center collection", id => (o, ct) => Api.HelpCenter.DeleteCollectionAsync(id, o, ct), write: PassThru);
    }
}
