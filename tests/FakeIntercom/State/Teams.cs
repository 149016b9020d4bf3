namespace FakeIntercom.State;

public sealed record Team(string Id, string Name, int[] AdminIds);

/// <summary>Two teams: "Support" (814865, the first two admins, as their team_ids say) and "Escalations" (814866, nobody).</summary>
public sealed class TeamDirectory
{
    private readonly List<Team> _teams =
    [
        new("814865", "Support", [991267001, 991267002]),
        new("814866", "Escalations", []),
    ];

    public IReadOnlyList<Team> All => _teams;

    public Team? Find(string id) => _teams.Find(t => t.Id == id);
}
