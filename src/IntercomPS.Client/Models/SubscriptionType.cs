namespace IntercomPS
{
    public sealed class SubscriptionType : IntercomObject
    {
        public string Id { get; set; }
        /// <summary>live, draft or archived.</summary>
        public string State { get; set; }
        /// <summary>opt_in or opt_out.</summary>
        public string ConsentType { get; set; }
        /// <summary>email and/or sms_message.</summary>
        public ValueList<string> ContentTypes { get; set; }
        public Translation DefaultTranslation { get; set; }
        public ValueList<Translation> Translations { get; set; }
        /// <summary>The name in the default translation.</summary>
        public string Name => DefaultTranslation?.Name;
        public override string ToString() => Name ?? Id;
    }

    public sealed class Translation : IntercomObject
    {
        public string Name { get; set; }
        public string Description { get; set; }
        public string Locale { get; set; }
        public override string ToString() => $"{Locale}: {Name}";
    }
}
