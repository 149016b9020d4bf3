namespace FakeIntercom.State;

public sealed class Admin
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Email { get; init; }
    public required string JobTitle { get; init; }
    public required bool HasInboxSeat { get; init; }
    public required int[] TeamIds { get; init; }
    public bool AwayModeEnabled { get; set; }
    public bool AwayModeReassign { get; set; }
    public string AvatarUrl => $"https://static.intercomassets.com/avatars/{Id}/square_128/avatar.png";
}

/// <summary>The workspace's three admins; the first is the one the token belongs to (GET /me).</summary>
public sealed class AdminDirectory
{
    private readonly List<Admin> _admins =
    [
        new() { Id = "991267001", Name = "Ada Lovelace", Email = "ada@fakeapp.example.com", JobTitle = "Support Lead", HasInboxSeat = true, TeamIds = [814865] },
        new() { Id = "991267002", Name = "Grace Hopper", Email = "grace@fakeapp.example.com", JobTitle = "Support Engineer", HasInboxSeat = true, TeamIds = [814865] },
        new() { Id = "991267003", Name = "Alan Turing", Email = "alan@fakeapp.example.com", JobTitle = "Account Manager", HasInboxSeat = false, TeamIds = [] },
    ];

    public IReadOnlyList<Admin> All => _admins;

    public Admin Me => _admins[0];

    public Admin? Find(string id) => _admins.Find(a => a.Id == id);
}
