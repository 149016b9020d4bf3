using System.Management.Automation;
using IntercomPS.Infrastructure;
using IntercomPS.Infrastructure.Completion;

namespace IntercomPS.Cmdlets
{
    [Cmdlet(VerbsCommon.Get, "IntercomTag", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Tag))]
    [IntercomOperation("listTags", ParameterSet = ListSet)]
    [IntercomOperation("findTag", ParameterSet = ByIdSet)]
    public sealed class GetIntercomTagCommand : IntercomCmdlet
    {
        private const string ListSet = "List";
        private const string ByIdSet = "ById";

        [Parameter(ParameterSetName = ByIdSet, Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("TagId")]
        [ValidateIntercomId]
        [ArgumentCompleter(typeof(TagIdCompleter))]
        public string[] Id { get; set; }

        /// <summary>Client-side filter: the API has no name search.</summary>
        [Parameter(ParameterSetName = ListSet, Position = 0)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(TagNameCompleter))]
        public string Name { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == ListSet)
            {
                WritePages(Api.Tags.List(), NameFilter<Tag>(Name, tag => tag.Name));
                return;
            }
            foreach (var id in Id)
                ForItem(id, () => WriteObject(Invoke((o, ct) => Api.Tags.GetAsync(id, o, ct))));
        }
    }
}
