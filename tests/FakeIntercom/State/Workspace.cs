namespace FakeIntercom.State;

/// <summary>
/// Everything the fake knows, guarded by one lock. Handlers take <see cref="Sync"/>, read or change
/// <see cref="Current"/>, and build their whole response object before letting go of it.
/// </summary>
public sealed class Workspace(SeedSettings settings)
{
    public Lock Sync { get; } = new();

    public WorkspaceState Current { get; private set; } = new(settings);

    public void Reset()
    {
        lock (Sync)
            Current = new WorkspaceState(settings);
    }
}

/// <summary>One generation of the workspace: the seeded records plus every change made through the API since.</summary>
public sealed class WorkspaceState
{
    public static readonly string[] ConversationIds = ["1", "2", "3", "4", "5"];

    public WorkspaceState(SeedSettings settings)
    {
        Companies = new CompanyCatalog(settings);
        Contacts = new ContactCatalog(settings, Companies);
        CompanyMemberships = new CompanyMemberships(Contacts, Companies);
        Visitors = new VisitorDirectory(settings.Seed);
        Tickets = new TicketDesk(TicketTypes, Contacts, Admins.Me);
        HelpCenter = new HelpCenterLibrary(Admins.Me.Id);
        News = new Newsroom(Admins.Me.Id);
        Conversations = new ConversationBook(Contacts);
        SeedTags();
        SeedNotes();
    }

    public AdminDirectory Admins { get; } = new();
    public TagCatalog Tags { get; } = new();
    public CompanyCatalog Companies { get; }
    public ContactCatalog Contacts { get; }
    public CompanyMemberships CompanyMemberships { get; }
    public CompanyScrolls CompanyScrolls { get; } = new();
    public TagAssignments CompanyTags { get; } = new();
    public TagAssignments ContactTags { get; } = new();
    public TagAssignments ConversationTags { get; } = new();
    public TagAssignments TicketTags { get; } = new();
    public Subscriptions Subscriptions { get; } = new();
    public ActivityLogBook ActivityLogs { get; } = new();
    public NoteBook Notes { get; } = new();
    public DataAttributeCatalog DataAttributes { get; } = new();
    public DataEventLog DataEvents { get; } = new();
    public DataExportJobs DataExports { get; } = new();
    public VisitorDirectory Visitors { get; }
    public TeamDirectory Teams { get; } = new();
    public TicketTypeCatalog TicketTypes { get; } = new();
    public TicketDesk Tickets { get; }
    public HelpCenterLibrary HelpCenter { get; }
    public Newsroom News { get; }
    public ConversationBook Conversations { get; }

    /// <summary>One entry per POST /tags that tagged or untagged companies or users, so tests can see the batching.</summary>
    public List<object> BulkTagRequests { get; } = [];

    public IEnumerable<(string Kind, TagAssignments Assignments)> AllAssignments =>
    [
        ("companies", CompanyTags), ("contacts", ContactTags), ("conversations", ConversationTags), ("tickets", TicketTags),
    ];

    /// <summary>
    /// "VIP" (7001) is on the first two companies and the first contact; "Beta" (7002) is on the second contact
    /// and conversation 1; "Prospect" (7003) is on nothing, so it can be deleted.
    /// </summary>
    private void SeedTags()
    {
        var by = Admins.Me.Id;
        var seeded = new TagApplication(Seeded.BaseTime, by);
        var vip = Tags.Create("VIP", Seeded.BaseTime, by);
        var beta = Tags.Create("Beta", Seeded.BaseTime, by);
        Tags.Create("Prospect", Seeded.BaseTime, by);

        for (var i = 0; i < Math.Min(2, Companies.Count); i++)
            CompanyTags.Apply(Companies.IdAt(i), vip.Id, seeded);
        if (Contacts.Count > 0)
            ContactTags.Apply(Contacts.IdAt(0), vip.Id, seeded);
        if (Contacts.Count > 1)
            ContactTags.Apply(Contacts.IdAt(1), beta.Id, seeded);
        ConversationTags.Apply(ConversationIds[0], beta.Id, seeded);
    }

    /// <summary>Two notes on the first contact, by the token's admin.</summary>
    private void SeedNotes()
    {
        if (Contacts.Count == 0) return;
        Notes.Add(Contacts.IdAt(0), Admins.Me.Id, "<p>Called about the renewal.</p>", Seeded.BaseTime + 3_600);
        Notes.Add(Contacts.IdAt(0), Admins.Me.Id, "<p>Prefers email.</p>", Seeded.BaseTime + 7_200);
    }
}
