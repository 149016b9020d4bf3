using System.Collections;
using System.Management.Automation;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Creates a collection, or a section when -ParentId names a collection. Piped help centers bind by their Id (this
    /// cmdlet has no -Id of its own), so the collection is created in each of them.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "IntercomHelpCenterCollection", SupportsShouldProcess = true)]
    [OutputType(typeof(HelpCenterCollection))]
    [IntercomOperation("createCollection")]
    public sealed class NewIntercomHelpCenterCollectionCommand : IntercomCmdlet
    {
        /// <summary>Not taken from the pipeline: piped collections have a Name of their own.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; }

        [Parameter]
        public string Description { get; set; }

        /// <summary>The collection a section is created in.</summary>
        [Parameter]
        [ValidateIntercomId]
        public string ParentId { get; set; }

        /// <summary>Without it, Intercom uses the default help center.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        public long? HelpCenterId { get; set; }

        /// <summary>The name and description per locale: @{ fr = @{ name = '...'; description = '...' } }.</summary>
        [Parameter]
        [TranslatedContentArgument]
        public Hashtable TranslatedContent { get; set; }

        protected override void ProcessRecord()
        {
            var body = BoundBody(("Name", "name"), ("Description", "description"), ("ParentId", "parent_id"), ("HelpCenterId", "help_center_id"), ("TranslatedContent", "translated_content"));
            var target = HelpCenterId == null ? Name : $"{Name} in help center {HelpCenterId}";
            if (!ShouldProcess(target, "Create Intercom help center collection")) return;
            ForItem(Name, () => WriteObject(Invoke((o, ct) => Api.HelpCenter.CreateCollectionAsync(body, o, ct))));
        }
    }
}
