using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Changes news items: the fields given are sent, with the item's own title and sender when they are not given
    /// (the API requires both on every update, so the item is read first).
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "IntercomNewsItem", SupportsShouldProcess = true)]
    [OutputType(typeof(NewsItem))]
    [IntercomOperation("updateNewsItem")]
    [IntercomOperation("retrieveNewsItem", AlsoCalls = true)]
    public sealed class SetIntercomNewsItemCommand : NewsItemFieldsCmdlet
    {
        private Dictionary<string, object> _changes;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("NewsItemId")]
        [ValidateIntercomId]
        public string[] Id { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string Title { get; set; }

        /// <summary>Shown in the Messenger without a notification badge.</summary>
        [Parameter]
        public bool DeliverSilently { get; set; }

        /// <summary>The changes are the same for every item: built once, refused before any request when there are none.</summary>
        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            _changes = Changes();
            if (_changes.Count == 0)
                ThrowTerminatingError(NothingToChange(Fields.Select(f => f.Parameter).Append("NewsfeedId")));
        }

        protected override void ProcessRecord() =>
            ChangeEach<NewsItem>(Id, "news item", $"Update {string.Join(", ", _changes.Keys)}", id => (o, ct) => Api.News.UpdateItemAsync(id, _changes, o, ct));
    }
}
