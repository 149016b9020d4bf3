using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Changes collections and sections: only the fields given are sent; -ParentId $null makes a section a collection.</summary>
    [Cmdlet(VerbsCommon.Set, "IntercomHelpCenterCollection", SupportsShouldProcess = true)]
    [OutputType(typeof(HelpCenterCollection))]
    [IntercomOperation("updateCollection")]
    public sealed class SetIntercomHelpCenterCollectionCommand : ThrottledCmdlet
    {
        private static readonly (string Parameter, string Field)[] Fields =
        {
            ("Name", "name"), ("Description", "description"), ("ParentId", "parent_id"), ("TranslatedContent", "translated_content"),
        };

        private Dictionary<string, object> _changes;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("CollectionId")]
        [ValidateIntercomId]
        public string[] Id { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; }

        [Parameter]
        public string Description { get; set; }

        /// <summary>The collection to move a section to; $null makes it a top-level collection.</summary>
        [Parameter]
        public string ParentId { get; set; }

        /// <summary>The name and description per locale: @{ fr = @{ name = '...'; description = '...' } }.</summary>
        [Parameter]
        [TranslatedContentArgument]
        public Hashtable TranslatedContent { get; set; }

        /// <summary>The changes are the same for every collection: built once, refused before any request when there are none.</summary>
        protected override void BeginProcessing()
        {
            _changes = BoundBody(Fields);
            if (_changes.Count == 0) ThrowTerminatingError(NothingToChange(Fields.Select(f => f.Parameter)));
            base.BeginProcessing();
        }

        protected override void ProcessRecord() =>
            ChangeEach<HelpCenterCollection>(Id, "help center collection", $"Update {string.Join(", ", _changes.Keys)}", id => (o, ct) => Api.HelpCenter.UpdateCollectionAsync(id, _changes, o, ct));
    }
}
