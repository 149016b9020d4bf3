using System;
using System.Collections;
using System.Linq;
using IntercomPS.Client;
using Newtonsoft.Json;

namespace IntercomPS
{
    /// <summary>A user or a lead (role "user" or "lead").</summary>
    public sealed class Contact : IntercomObject
    {
        public string Id { get; set; }
        public string WorkspaceId { get; set; }
        /// <summary>Your own id for the contact (users only).</summary>
        public string ExternalId { get; set; }
        /// <summary>user or lead.</summary>
        public string Role { get; set; }
        public string Email { get; set; }
        public string EmailDomain { get; set; }
        public string Phone { get; set; }
        public string FormattedPhone { get; set; }
        public string Name { get; set; }
        public ContactAvatar Avatar { get; set; }
        /// <summary>The admin who owns the contact.</summary>
        public long? OwnerId { get; set; }
        [JsonConverter(typeof(EmbeddedListConverter), "data")]
        public SocialProfile[] SocialProfiles { get; set; }
        public bool? HasHardBounced { get; set; }
        public bool? MarkedEmailAsSpam { get; set; }
        public bool? UnsubscribedFromEmails { get; set; }
        public DateTimeOffset? CreatedAt { get; set; }
        public DateTimeOffset? UpdatedAt { get; set; }
        public DateTimeOffset? SignedUpAt { get; set; }
        public DateTimeOffset? LastSeenAt { get; set; }
        public DateTimeOffset? LastRepliedAt { get; set; }
        public DateTimeOffset? LastContactedAt { get; set; }
        public DateTimeOffset? LastEmailOpenedAt { get; set; }
        public DateTimeOffset? LastEmailClickedAt { get; set; }
        public string LanguageOverride { get; set; }
        public string Browser { get; set; }
        public string BrowserVersion { get; set; }
        public string BrowserLanguage { get; set; }
        public string Os { get; set; }
        public ContactLocation Location { get; set; }
        public string AndroidAppName { get; set; }
        public string AndroidAppVersion { get; set; }
        public string AndroidDevice { get; set; }
        public string AndroidOsVersion { get; set; }
        public string AndroidSdkVersion { get; set; }
        public DateTimeOffset? AndroidLastSeenAt { get; set; }
        public string IosAppName { get; set; }
        public string IosAppVersion { get; set; }
        public string IosDevice { get; set; }
        public string IosOsVersion { get; set; }
        public string IosSdkVersion { get; set; }
        public DateTimeOffset? IosLastSeenAt { get; set; }
        /// <summary>Your custom data attributes, by name.</summary>
        public Hashtable CustomAttributes { get; set; }
        /// <summary>Up to 10 of the contact's tags; Get-IntercomContactTag lists them all.</summary>
        public AddressableList Tags { get; set; }
        /// <summary>Up to 10 of the contact's notes; Get-IntercomContactNote lists them all.</summary>
        public AddressableList Notes { get; set; }
        /// <summary>Up to 10 of the contact's companies; Get-IntercomContactCompany lists them all.</summary>
        public AddressableList Companies { get; set; }
        public AddressableList OptedInSubscriptionTypes { get; set; }
        public AddressableList OptedOutSubscriptionTypes { get; set; }
        public string UtmCampaign { get; set; }
        public string UtmContent { get; set; }
        public string UtmMedium { get; set; }
        public string UtmSource { get; set; }
        public string UtmTerm { get; set; }
        public string Referrer { get; set; }
        public override string ToString() => Email ?? Name ?? ExternalId ?? Id;
    }

    public sealed class ContactAvatar : IntercomObject
    {
        public string ImageUrl { get; set; }
        public override string ToString() => ImageUrl;
    }

    public sealed class ContactLocation : IntercomObject
    {
        public string Country { get; set; }
        public string Region { get; set; }
        public string City { get; set; }
        public string CountryCode { get; set; }
        public string ContinentCode { get; set; }
        public override string ToString() => string.Join(", ", new[] { City, Region, Country }.Where(s => !string.IsNullOrEmpty(s)));
    }

    public sealed class SocialProfile : IntercomObject
    {
        /// <summary>The network, e.g. "Twitter".</summary>
        public string Name { get; set; }
        public string Url { get; set; }
        public override string ToString() => $"{Name}: {Url}";
    }

    /// <summary>
    /// A few related objects embedded in another object ({data, url, total_count, has_more}): the first of them as
    /// references, and the path that lists them all.
    /// </summary>
    public sealed class AddressableList : IntercomObject
    {
        public AddressableReference[] Data { get; set; }
        public string Url { get; set; }
        public long? TotalCount { get; set; }
        public bool? HasMore { get; set; }
        public override string ToString() =>
            Data == null || Data.Length == 0 ? "" : string.Join(", ", Data.Select(d => d.Id)) + (HasMore == true ? ", ..." : "");
    }

    /// <summary>A reference to a related object: its type, id and API path.</summary>
    public sealed class AddressableReference : IntercomObject
    {
        public string Id { get; set; }
        public string Url { get; set; }
        public override string ToString() => $"{Type} {Id}";
    }

    /// <summary>What archiving or unarchiving a contact answers.</summary>
    public sealed class ContactArchiveState : IntercomObject
    {
        public string Id { get; set; }
        public string ExternalId { get; set; }
        public bool? Archived { get; set; }
        public override string ToString() => $"{Id} archived: {Archived}";
    }
}
