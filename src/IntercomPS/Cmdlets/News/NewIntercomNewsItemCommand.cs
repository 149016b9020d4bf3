using System.Globalization;
using System.Management.Automation;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Creates a news item, sent by the connected admin unless -SenderId says otherwise.</summary>
    [Cmdlet(VerbsCommon.New, "IntercomNewsItem", SupportsShouldProcess = true)]
    [OutputType(typeof(NewsItem))]
    [IntercomOperation("createNewsItem")]
    public sealed class NewIntercomNewsItemCommand : NewsItemFieldsCmdlet
    {
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Title { get; set; }

        /// <summary>Shown in the Messenger without a notification badge.</summary>
        [Parameter]
        public SwitchParameter DeliverSilently { get; set; }

        protected override void ProcessRecord()
        {
            var body = Changes();
            if (!body.ContainsKey("sender_id")) body["sender_id"] = long.Parse(AdminIdOrDefault(null, "SenderId"), CultureInfo.InvariantCulture);
            if (!ShouldProcess(Title, "Create Intercom news item")) return;
            ForItem(Title, () => WriteObject(Invoke((o, ct) => Api.News.CreateItemAsync(body, o, ct))));
        }
    }
}
