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
        return new
        {
            type = "contact",
            id = contact.Id,
            workspace_id = "fakeapp1",
            external_id = contact.ExternalId,
            role = contact.Role,
            email = contact.Email,
            phone = contact.Phone,
            name = contact.Name,
            avatar = (string?)null,
            owner_id = (int?)null,
            social_profiles = new { type = "list", data = Array.Empty<object>() },
            has_hard_bounced = false,
            marked_email_as_spam = false,
            unsubscribed_from_emails = false,
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
            custom_attributes = new { signup_source = contact.SignupSource },
            tags = Addressable(contact, "tags", tagIds.Select(id => (object)new { type = "tag", id, url = $"/tags/{id}" }).ToArray()),
            notes = Addressable(contact, "notes", []),
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

    private static object Addressable(Contact contact, string relation, object[] data) => new
    {
        type = "list",
        data,
        url = $"/contacts/{contact.Id}/{relation}",
        total_count = data.Length,
        has_more = false,
    };
}
