using System.Management.Automation;
using IntercomPS.Infrastructure;
using IntercomPS.Infrastructure.Completion;

namespace IntercomPS.Cmdlets
{
    /// <summary>Lists data attributes; the API has no get-by-id, so -Name filters the list on the client.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomDataAttribute", SupportsPaging = true)]
    [OutputType(typeof(DataAttribute))]
    [IntercomOperation("listDataAttributes")]
    public sealed class GetIntercomDataAttributeCommand : IntercomCmdlet
    {
        [Parameter(Position = 0)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(DataAttributeNameCompleter))]
        public string Name { get; set; }

        [Parameter]
        [ValidateSet("contact", "company", "conversation")]
        public string Model { get; set; }

        [Parameter]
        public SwitchParameter IncludeArchived { get; set; }

        protected override void ProcessRecord()
        {
            WritePages(Api.DataAttributes.List(Model, IncludeArchived), NameFilter<DataAttribute>(Name, attribute => attribute.Name, attribute => attribute.FullName));
        }
    }
}
