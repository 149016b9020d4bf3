using System;

namespace IntercomPS
{
    public class Admin : IntercomObject
    {
        public string Id { get; set; }
        public string Name { get; set; }
        public string Email { get; set; }
        public string JobTitle { get; set; }
        public bool? AwayModeEnabled { get; set; }
        public bool? AwayModeReassign { get; set; }
        public bool? HasInboxSeat { get; set; }
        public ValueList<string> TeamIds { get; set; }
        public AdminAvatar Avatar { get; set; }
        public TeamPriorityLevel TeamPriorityLevel { get; set; }
        public override string ToString() => Name ?? Id;
    }

    /// <summary>The admin the token belongs to (GET /me), with its workspace.</summary>
    public sealed class AdminWithApp : Admin
    {
        public bool? EmailVerified { get; set; }
        public Workspace App { get; set; }
    }

    public sealed class AdminAvatar : IntercomObject
    {
        public string ImageUrl { get; set; }
        public override string ToString() => ImageUrl;
    }

    public sealed class TeamPriorityLevel : IntercomObject
    {
        public ValueList<string> PrimaryTeamIds { get; set; }
        public ValueList<string> SecondaryTeamIds { get; set; }
    }

    /// <summary>The Intercom workspace ("app") a token belongs to.</summary>
    public sealed class Workspace : IntercomObject
    {
        public string IdCode { get; set; }
        public string Name { get; set; }
        public string Region { get; set; }
        public string Timezone { get; set; }
        public DateTimeOffset? CreatedAt { get; set; }
        public bool? IdentityVerification { get; set; }
        public override string ToString() => $"{Name} ({IdCode})";
    }
}
