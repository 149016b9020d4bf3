using System.Management.Automation;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Deletes articles, in every locale.</summary>
    [Cmdlet(VerbsCommon.Remove, "IntercomArticle", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(DeletedObject))]
    [IntercomOperation("deleteArticle")]
    public sealed class RemoveIntercomArticleCommand : ThrottledCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("ArticleId")]
        [ValidateIntercomId]
        public string[] Id { get; set; }

        /// <summary>Writes Intercom's answer ({id, object, deleted}) for each deleted article.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord() =>
            ChangeEach<DeletedObject>(Id, "article", "Delete Intercom article", id => (o, ct) => Api.Articles.DeleteAsync(id, o, ct), write: PassThru);
    }
}
