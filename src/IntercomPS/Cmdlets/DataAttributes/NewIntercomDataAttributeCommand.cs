using System.Management.Automation;
using IntercomPS.Client;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Creates a custom data attribute of contacts or companies.</summary>
    [Cmdlet(VerbsCommon.New, "IntercomDataAttribute", SupportsShouldProcess = true)]
    [OutputType(typeof(DataAttribute))]
    [IntercomOperation("createDataAttribute")]
    public sealed class NewIntercomDataAttributeCommand : IntercomCmdlet
    {
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; }

        /// <summary>Conversation attributes cannot be created through the API.</summary>
        [Parameter(Mandatory = true)]
        [ValidateSet("contact", "company")]
        public string Model { get; set; }

        [Parameter(Mandatory = true)]
        [ValidateSet("string", "integer", "float", "boolean", "datetime", "date")]
        public string DataType { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string Description { get; set; }

        /// <summary>The values of a list attribute (DataType string only).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[] Option { get; set; }

        [Parameter]
        public bool MessengerWritable { get; set; }

        protected override void ProcessRecord()
        {
            if (Option != null && DataType != "string")
            {
                ThrowInvalidArgument($"-Option makes a list attribute, which must have -DataType string (not {DataType}).", "OptionsNeedString", Option, nameof(Option));
            }
            var body = BoundBody(("Name", "name"), ("Model", "model"), ("DataType", "data_type"), ("Description", "description"), ("MessengerWritable", "messenger_writable"));
            if (Option != null) body["options"] = DataAttributesApi.OptionsBody(Option);
            if (!ShouldProcess($"{Model} attribute '{Name}'", $"Create data attribute ({DataType})")) return;
            ForItem(Name, () => WriteObject(Invoke((o, ct) => Api.DataAttributes.CreateAsync(body, o, ct))));
        }
    }
}
