using FakeIntercom.State;

namespace FakeIntercom.Json;

public static class SubscriptionJson
{
    public static object SubscriptionType(SubscriptionType type)
    {
        var translation = new { name = type.Name, description = type.Description, locale = "en" };
        return new
        {
            type = "subscription",
            id = type.Id,
            state = "live",
            default_translation = translation,
            translations = new[] { translation },
            consent_type = type.ConsentType,
            content_types = type.ContentTypes,
        };
    }
}
