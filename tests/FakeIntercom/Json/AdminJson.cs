using FakeIntercom.State;

namespace FakeIntercom.Json;

public static class AdminJson
{
    public static object Admin(Admin admin) => new
    {
        type = "admin",
        id = admin.Id,
        name = admin.Name,
        email = admin.Email,
        job_title = admin.JobTitle,
        away_mode_enabled = admin.AwayModeEnabled,
        away_mode_reassign = admin.AwayModeReassign,
        has_inbox_seat = admin.HasInboxSeat,
        team_ids = admin.TeamIds,
        avatar = new { type = "avatar", image_url = admin.AvatarUrl },
    };

    /// <summary>admin_with_app: GET /me.</summary>
    public static object Me(Admin admin) => new
    {
        type = "admin",
        id = admin.Id,
        name = admin.Name,
        email = admin.Email,
        job_title = admin.JobTitle,
        email_verified = true,
        away_mode_enabled = admin.AwayModeEnabled,
        away_mode_reassign = admin.AwayModeReassign,
        has_inbox_seat = admin.HasInboxSeat,
        team_ids = admin.TeamIds,
        avatar = new { type = "avatar", image_url = admin.AvatarUrl },
        app = new
        {
            type = "app",
            id_code = "fakeapp1",
            name = "Fake Workspace",
            created_at = Seeded.BaseTime,
            secure = false,
            identity_verification = false,
            timezone = "Europe/Dublin",
            region = "US",
        },
    };

    public static object ActivityLog(ActivityLog log) => new
    {
        id = log.Id,
        performed_by = new { type = "admin", id = log.PerformedBy.Id, email = log.PerformedBy.Email, ip = "127.0.0.1" },
        metadata = log.Metadata,
        created_at = log.CreatedAt,
        activity_type = log.ActivityType,
        activity_description = log.Description,
    };
}
