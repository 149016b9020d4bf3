namespace IntercomPS
{
    /// <summary>A phone call deflected to the Messenger: the number texted and, as Intercom answers, the link it got.</summary>
    public sealed class PhoneSwitch : IntercomObject
    {
        public string Phone { get; set; }
        /// <summary>Not in the API description's schema, but in its example answer.</summary>
        public string Url { get; set; }
        public override string ToString() => Phone ?? Url;
    }
}
