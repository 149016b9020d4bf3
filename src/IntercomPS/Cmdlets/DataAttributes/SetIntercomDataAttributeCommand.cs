using System.Management.Automation;
using IntercomPS.Client;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Updates custom data attributes: description, list options, messenger writability, archived. Archiving hides an
    /// attribute everywhere, so -Archived $true also asks ShouldContinue unless -Force is given.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "IntercomDataAttribute", SupportsShouldProcess = true)]
    [OutputType(typeof(DataAttribute))]
    [IntercomOperation("updateDataAttribute")]
    public sealed class SetIntercomDataAttributeCommand : IntercomCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("DataAttributeId")]
        [ValidateIntercomId]
        public string[] Id { get; set; }

        [Parameter]
        public string Description { get; set; }

        /// <summary>Replaces the values of a list attribute; sent as [{value}].</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[] Option { get; set; }

        [Parameter]
        public bool MessengerWritable { get; set; }

        [Parameter]
        public bool Archived { get; set; }

        /// <summary>Archives without the extra confirmation.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        private System.Collections.Generic.Dictionary<string, object> _changes;

        /// <summary>The changes are the same for every id: built once, refused before any request when there are none.</summary>
        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            _changes = BoundBody(("Description", "description"), ("MessengerWritable", "messenger_writable"), ("Archived", "archived"));
            if (Option != null) _changes["options"] = DataAttributesApi.OptionsBody(Option);
            if (_changes.Count == 0) ThrowTerminatingError(NothingToChange(new[] { "Description", "Option", "MessengerWritable", "Archived" }));
        }

        protected override void ProcessRecord()
        {
            foreach (var id in Id)
            {
                if (ChangeRules.Confirmed(this, $"data attribute {id}", _changes, Force, "Archived attributes disappear from the Intercom UI and the API's lists."))
                    ForItem(id, () => WriteObject(Invoke((o, ct) => Api.DataAttributes.UpdateAsync(id, _changes, o, ct))));
            }
        }
    }
}
