using FakeIntercom.State;

namespace FakeIntercom.Json;

public static class VisitorJson
{
    /// <summary>As Intercom answers: last_request_at, although the visitor schema spells it las_request_at.</summary>
    public static object Visitor(Visitor visitor) => new
    {
        type = "visitor",
        id = visitor.Id,
        user_id = visitor.UserId,
        anonymous = visitor.Name is null,
        email = visitor.Email ?? "",
        phone = (string?)null,
        name = visitor.Name,
        pseudonym = visitor.Pseudonym,
        avatar = new { type = "avatar", image_url = $"https://static.intercomassets.com/app/pseudonym_avatars_2019/{visitor.Pseudonym.ToLowerInvariant().Replace(' ', '-')}.png" },
        app_id = "fakeapp1",
        companies = new { type = "company.list", companies = Array.Empty<object>() },
        location_data = new { type = "location_data", city_name = "Dublin", country_name = "Ireland", country_code = "IRL", continent_code = "EU", timezone = "Europe/Dublin" },
        last_request_at = visitor.UpdatedAt,
        created_at = visitor.CreatedAt,
        remote_created_at = visitor.CreatedAt,
        signed_up_at = visitor.CreatedAt,
        updated_at = visitor.UpdatedAt,
        session_count = 1,
        social_profiles = new { type = "social_profile.list", social_profiles = Array.Empty<object>() },
        owner_id = (string?)null,
        unsubscribed_from_emails = false,
        marked_email_as_spam = false,
        has_hard_bounced = false,
        tags = new { type = "tag.list", tags = Array.Empty<object>() },
        segments = new { type = "segment.list", segments = Array.Empty<object>() },
        custom_attributes = visitor.CustomAttributes,
        referrer = (string?)null,
        utm_campaign = (string?)null,
        utm_content = (string?)null,
        utm_medium = (string?)null,
        utm_source = (string?)null,
        utm_term = (string?)null,
        do_not_track = (bool?)null,
    };

    /// <summary>The contact a visitor becomes when no existing user absorbs it: the visitor's id, with the user's identifiers.</summary>
    public static object Converted(Visitor visitor, string role, string? externalId, string? email) => new
    {
        type = "contact",
        id = visitor.Id,
        workspace_id = "fakeapp1",
        external_id = externalId,
        role,
        email = email ?? visitor.Email,
        name = visitor.Name,
        created_at = visitor.CreatedAt,
        updated_at = Clock.NowUnix(),
        signed_up_at = role == "user" ? Clock.NowUnix() : (long?)null,
        custom_attributes = visitor.CustomAttributes,
    };
}
