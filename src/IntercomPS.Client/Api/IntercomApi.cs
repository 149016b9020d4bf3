using IntercomPS.Client.Http;

namespace IntercomPS.Client
{
    /// <summary>The API resources of one session.</summary>
    public sealed class IntercomApi
    {
        public IntercomApi(IntercomHttpEngine engine)
        {
            Raw = new RawApi(engine);
            Admins = new AdminsApi(engine);
            Tags = new TagsApi(engine);
            SubscriptionTypes = new SubscriptionTypesApi(engine);
            Contacts = new ContactsApi(engine);
            Notes = new NotesApi(engine);
            Companies = new CompaniesApi(engine);
            Segments = new SegmentsApi(engine);
            DataAttributes = new DataAttributesApi(engine);
            DataEvents = new DataEventsApi(engine);
            DataExport = new DataExportApi(engine);
            Visitors = new VisitorsApi(engine);
            Tickets = new TicketsApi(engine);
            TicketTypes = new TicketTypesApi(engine);
            Teams = new TeamsApi(engine);
            Articles = new ArticlesApi(engine);
            HelpCenter = new HelpCenterApi(engine);
            News = new NewsApi(engine);
            Conversations = new ConversationsApi(engine);
            Messages = new MessagesApi(engine);
            PhoneSwitch = new PhoneSwitchApi(engine);
        }

        public RawApi Raw { get; }
        public AdminsApi Admins { get; }
        public TagsApi Tags { get; }
        public SubscriptionTypesApi SubscriptionTypes { get; }
        public ContactsApi Contacts { get; }
        public NotesApi Notes { get; }
        public CompaniesApi Companies { get; }
        public SegmentsApi Segments { get; }
        public DataAttributesApi DataAttributes { get; }
        public DataEventsApi DataEvents { get; }
        public DataExportApi DataExport { get; }
        public VisitorsApi Visitors { get; }
        public TicketsApi Tickets { get; }
        public TicketTypesApi TicketTypes { get; }
        public TeamsApi Teams { get; }
        public ArticlesApi Articles { get; }
        public HelpCenterApi HelpCenter { get; }
        public NewsApi News { get; }
        public ConversationsApi Conversations { get; }
        public MessagesApi Messages { get; }
        public PhoneSwitchApi PhoneSwitch { get; }
    }
}
