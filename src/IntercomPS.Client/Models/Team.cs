namespace IntercomPS
{
    /// <summary>A team: a group of admins that conversations and tickets can be assigned to.</summary>
    public sealed class Team : IntercomObject
    {
        public string Id { get; set; }
        public string Name { get; set; }
        public ValueList<string> AdminIds { get; set; }
        public AdminPriorityLevel AdminPriorityLevel { get; set; }
        public override string ToString() => Name ?? Id;
    }

    /// <summary>The team's primary and secondary admins.</summary>
    public sealed class AdminPriorityLevel : IntercomObject
    {
        public ValueList<string> PrimaryAdminIds { get; set; }
        public ValueList<string> SecondaryAdminIds { get; set; }
        public override string ToString() => $"primary: {PrimaryAdminIds}, secondary: {SecondaryAdminIds}";
    }
}
