namespace FakeIntercom.State;

public sealed record ActivityLog(string Id, Admin PerformedBy, long CreatedAt, string ActivityType, string Description, object Metadata);

/// <summary>
/// Admin activity: the away-mode changes made through this fake, plus three synthetic entries spread over
/// whatever window is asked for, so every query has "a few logs in the window".
/// </summary>
public sealed class ActivityLogBook
{
    private readonly List<ActivityLog> _recorded = [];

    public void RecordAwayChange(Admin admin, long at) =>
        _recorded.Add(new ActivityLog(
            Id: Guid.NewGuid().ToString(),
            PerformedBy: admin,
            CreatedAt: at,
            ActivityType: "admin_away_mode_change",
            Description: $"{admin.Name} changed their away mode.",
            Metadata: new
            {
                away_mode = admin.AwayModeEnabled,
                reassign_conversations = admin.AwayModeReassign,
                source = "API",
                update_by = int.Parse(admin.Id),
                update_by_name = admin.Name,
            }));

    public List<ActivityLog> InWindow(long after, long before, IReadOnlyList<Admin> admins)
    {
        var logs = _recorded.Where(l => l.CreatedAt >= after && l.CreatedAt <= before).ToList();
        var span = before - after;
        if (span >= 4)
        {
            for (var k = 1; k <= 3; k++)
                logs.Add(Synthetic(after + span * k / 4, admins[(k - 1) % admins.Count], k));
        }
        return logs.OrderBy(l => l.CreatedAt).ToList();
    }

    private static ActivityLog Synthetic(long at, Admin admin, int kind)
    {
        var id = new Guid((int)at, (short)kind, 0x4000, 0x80, 0, 0, 0, 0, 0, 0, (byte)kind).ToString();
        return kind switch
        {
            1 => new ActivityLog(id, admin, at, "admin_login_success", $"{admin.Name} logged in.", new { sign_in_method = "email_password" }),
            2 => new ActivityLog(id, admin, at, "app_name_change", $"{admin.Name} changed your app name from before to after.", new { before = "before", after = "after" }),
            _ => new ActivityLog(id, admin, at, "admin_permission_change", $"{admin.Name} changed permissions.", new { before = "restricted", after = "full" }),
        };
    }
}
