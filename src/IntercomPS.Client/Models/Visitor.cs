using System;
using System.Collections;
using System.Collections.Generic;
using Newtonsoft.Json;

namespace IntercomPS
{
    /// <summary>An anonymous person, usually a website visitor, not yet identified as a user or lead.</summary>
    public sealed class Visitor : IntercomObject
    {
        public string Id { get; set; }
        /// <summary>The visitor's automatically generated user id; 2.11 can look visitors up only by it.</summary>
        public string UserId { get; set; }
        public bool? Anonymous { get; set; }
        public string Email { get; set; }
        public string Phone { get; set; }
        public string Name { get; set; }
        public string Pseudonym { get; set; }
        public VisitorAvatar Avatar { get; set; }
        public string AppId { get; set; }
        public VisitorLocation LocationData { get; set; }
        public DateTimeOffset? LastRequestAt { get; set; }

        /// <summary>The visitor schema spells the field las_request_at while Intercom's answers send last_request_at: read both.</summary>
        [JsonProperty("las_request_at")]
        private DateTimeOffset? MisspelledLastRequestAt { set { if (value != null) LastRequestAt = value; } }

        public DateTimeOffset? CreatedAt { get; set; }
        public DateTimeOffset? RemoteCreatedAt { get; set; }
        public DateTimeOffset? SignedUpAt { get; set; }
        public DateTimeOffset? UpdatedAt { get; set; }
        public long? SessionCount { get; set; }
        public string OwnerId { get; set; }
        public bool? UnsubscribedFromEmails { get; set; }
        public bool? MarkedEmailAsSpam { get; set; }
        public bool? HasHardBounced { get; set; }
        public VisitorTagList Tags { get; set; }
        public Hashtable CustomAttributes { get; set; }
        public string Referrer { get; set; }
        public string UtmCampaign { get; set; }
        public string UtmContent { get; set; }
        public string UtmMedium { get; set; }
        public string UtmSource { get; set; }
        public string UtmTerm { get; set; }
        public bool? DoNotTrack { get; set; }
        public override string ToString() => Name ?? Pseudonym ?? UserId;
    }

    public sealed class VisitorAvatar : IntercomObject
    {
        public string ImageUrl { get; set; }
        public override string ToString() => ImageUrl;
    }

    public sealed class VisitorLocation : IntercomObject
    {
        public string CityName { get; set; }
        public string RegionName { get; set; }
        public string PostalCode { get; set; }
        public string CountryName { get; set; }
        public string CountryCode { get; set; }
        public string ContinentCode { get; set; }
        public string Timezone { get; set; }
        public override string ToString() => string.Join(", ", new[] { CityName, CountryName }).Trim(',', ' ');
    }

    /// <summary>The visitor's tags: {type: tag.list, tags: [...]}.</summary>
    public sealed class VisitorTagList : IntercomObject
    {
        public List<Tag> Tags { get; set; }
        public override string ToString() => Tags == null ? "" : string.Join(", ", Tags);
    }
}
