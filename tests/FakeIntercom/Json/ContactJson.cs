using FakeIntercom.State;

namespace FakeIntercom.Json;

public static class ContactJson
{
    public static object Contact(Contact contact, WorkspaceState state)
    {
        var tagIds = state.ContactTags.TagsOf(contact.Id).Keys.ToArray();
        var subscriptionTypes = state.Subscriptions.TypeIdsOf(contact.Id).Select(Subscriptions.FindType).OfType<SubscriptionType>().ToArray();
        var companyRefs = contact.CompanyId is null
            ? []
            : new object[] { new { type = "company", id = contact.CompanyId, url = $"/companies/{contact.CompanyId}" } };
        var noteRefs = state.Notes.Of(contact.Id).Take(10).Select(n => (object)new { type = "note", id = n.Id, url = $"/notes/{n.Id}" }).ToArray();
        return new
        {
            type = "contact",
            id = contact.Id,
            workspace_id = "fakeapp1",
            external_id = contact.ExternalId,
            role = contact.Role,
            email = contact.Email,
            email_domain = contact.Email is { } email && email.IndexOf('@') is var at and >= 0 ? email[(at + 1)..] : null,
            phone = contact.Phone,
            name = contact.Name,
            avatar = contact.Avatar is null ? null : new { type = "avatar", image_url = contact.Avatar },
            owner_id = contact.OwnerId,
            social_profiles = new { type = "list", data = Array.Empty<object>() },
            has_hard_bounced = false,
            marked_email_as_spam = false,
            unsubscribed_from_emails = contact.UnsubscribedFromEmails,
            created_at = contact.CreatedAt,
            updated_at = contact.UpdatedAt,
            signed_up_at = contact.SignedUpAt,
            last_seen_at = contact.LastSeenAt,
            last_replied_at = (long?)null,
            last_contacted_at = (long?)null,
            last_email_opened_at = (long?)null,
            last_email_clicked_at = (long?)null,
            language_override = (string?)null,
            browser = contact.Browser,
            browser_version = (string?)null,
            browser_language = "en",
            os = contact.Os,
            location = new
            {
                type = "location",
                country = contact.Country,
                region = (string?)null,
                city = contact.City,
                country_code = contact.CountryCode,
                continent_code = contact.ContinentCode,
            },
            android_app_name = (string?)null,
            android_app_version = (string?)null,
            android_device = (string?)null,
            android_os_version = (string?)null,
            android_sdk_version = (string?)null,
            android_last_seen_at = (long?)null,
            ios_app_name = (string?)null,
            ios_app_version = (string?)null,
            ios_device = (string?)null,
            ios_os_version = (string?)null,
            ios_sdk_version = (string?)null,
            ios_last_seen_at = (long?)null,
            custom_attributes = contact.CustomAttributes,
            tags = Addressable(contact, "tags", tagIds.Select(id => (object)new { type = "tag", id, url = $"/tags/{id}" }).ToArray()),
            notes = Addressable(contact, "notes", noteRefs, state.Notes.Of(contact.Id).Count),
            companies = Addressable(contact, "companies", companyRefs),
            opted_out_subscription_types = Addressable(contact, "subscriptions", SubscriptionRefs(subscriptionTypes, "opt_out")),
            opted_in_subscription_types = Addressable(contact, "subscriptions", SubscriptionRefs(subscriptionTypes, "opt_in")),
            utm_campaign = (string?)null,
            utm_content = (string?)null,
            utm_medium = (string?)null,
            utm_source = (string?)null,
            utm_term = (string?)null,
            referrer = (string?)null,
        };
    }

    private static object[] SubscriptionRefs(SubscriptionType[] types, string consentType) =>
        types.Where(t => t.ConsentType == consentType)
            .Select(t => (object)new { type = "subscription", id = t.Id, url = $"/subscriptions/{t.Id}" })
            .ToArray();

    private static object Addressable(Contact contact, string relation, object[] data, int? total = null) => new
    {
        type = "list",
        data,
        url = $"/contacts/{contact.Id}/{relation}",
        total_count = total ?? data.Length,
        has_more = (total ?? data.Length) > data.Length,
    };

    /// <summary>contact_deleted, contact_archived and contact_unarchived: {type, id, external_id, deleted|archived}.</summary>
    public static object Deleted(Contact contact) => new { id = contact.Id, external_id = contact.ExternalId, type = "contact", deleted = true };

    public static object ArchiveState(Contact contact, bool archived) => new { id = contact.Id, external_id = contact.ExternalId, type = "contact", archived };

    public static object Segment(ContactSegments.Segment segment) => new
    {
        type = "segment",
        id = segment.Id,
        name = segment.Name,
        created_at = Seeded.BaseTime,
        updated_at = Seeded.BaseTime,
        person_type = segment.PersonType,
    };
}
