using System.Collections.Generic;
using System.Management.Automation;
using IntercomPS.Infrastructure;
using IntercomPS.Infrastructure.Completion;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Adds an attribute (a field) to ticket types: piped ticket types bind their Id to -TicketTypeId. The same
    /// attribute is created on each; its options are checked against its data type before any request.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "IntercomTicketTypeAttribute", SupportsShouldProcess = true)]
    [OutputType(typeof(TicketTypeAttribute))]
    [IntercomOperation("createTicketTypeAttribute")]
    public sealed class NewIntercomTicketTypeAttributeCommand : TicketTypeAttributeFieldsCmdlet
    {
        private Dictionary<string, object> _attribute;

        /// <summary>A piped ticket type binds its Id (this cmdlet has no -Id of its own).</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        [ValidateIntercomId]
        [ArgumentCompleter(typeof(TicketTypeIdCompleter))]
        public string TicketTypeId { get; set; }

        /// <summary>Not taken from the pipeline: ticket types have a Name of their own.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; }

        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        public string Description { get; set; }

        [Parameter(Mandatory = true)]
        [ValidateSet("string", "list", "integer", "decimal", "boolean", "datetime", "files")]
        public string DataType { get; set; }

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            var dataType = DataType.ToLowerInvariant();
            if ((dataType == "list") != (ListItem != null)) Refuse(nameof(ListItem), "-DataType list needs -ListItem, and -ListItem needs -DataType list.");
            if (MyInvocation.BoundParameters.ContainsKey(nameof(Multiline)) && dataType != "string") Refuse(nameof(Multiline), "-Multiline applies to -DataType string only.");
            if (MyInvocation.BoundParameters.ContainsKey(nameof(AllowMultipleValues)) && dataType != "files") Refuse(nameof(AllowMultipleValues), "-AllowMultipleValues applies to -DataType files only.");
            _attribute = AttributeBody();
            _attribute["data_type"] = dataType;
        }

        protected override void ProcessRecord() =>
            ChangeEach<TicketTypeAttribute>(new[] { TicketTypeId }, "ticket type", $"Add the {DataType} attribute '{Name}'", id => (o, ct) => Api.TicketTypes.CreateAttributeAsync(id, _attribute, o, ct));

        private void Refuse(string parameter, string message) =>
            ThrowInvalidArgument(message, "InvalidTicketTypeAttribute", parameter: parameter);
    }
}
