using System.Management.Automation;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Deletes news items, from every newsfeed.</summary>
    [Cmdlet(VerbsCommon.Remove, "IntercomNewsItem", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(DeletedObject))]
    [IntercomOperation("deleteNewsItem")]
    public sealed class RemoveIntercomNewsItemCommand : ThrottledCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("NewsItemId")]
        [ValidateIntercomId]
        public string[] Id { get; set; }

        /// <summary>Writes Intercom's answer ({id, object, deleted}) for each deleted news item.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord() =>
            ChangeEach<DeletedObject>(Id, "news item", "Delete Intercom news item", id => (o, ct) => Api.News.DeleteItemAsync(id, o, ct), write: PassThru);
    }
}
