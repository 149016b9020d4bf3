using System.Text.Json;
using FakeIntercom.Http;

namespace FakeIntercom.State;

/// <summary>
/// Applies the writable fields of a create_contact_request / update_contact_request body to a contact, checking
/// their types as Intercom does: a field that is present is set (null clears it), an absent one is left alone.
/// </summary>
public static class ContactChanges
{
    /// <summary>The changed copy in <paramref name="changed"/>, or the 400 answer for the first invalid field.</summary>
    public static IResult? Apply(Contact contact, JsonElement body, out Contact changed)
    {
        changed = contact;
        try
        {
            if (body.TryGet("role", out var role))
                changed = changed with
                {
                    Role = Text(role, "role") is { } r && r is "user" or "lead" ? r : throw new FieldException("role must be user or lead"),
                };
            if (body.TryGet("external_id", out var externalId)) changed = changed with { ExternalId = Text(externalId, "external_id") };
            if (body.TryGet("email", out var email)) changed = changed with { Email = Text(email, "email") };
            if (body.TryGet("phone", out var phone)) changed = changed with { Phone = Text(phone, "phone") };
            if (body.TryGet("name", out var name)) changed = changed with { Name = Text(name, "name") };
            if (body.TryGet("avatar", out var avatar)) changed = changed with { Avatar = Text(avatar, "avatar") };
            if (body.TryGet("signed_up_at", out var signedUp)) changed = changed with { SignedUpAt = Number(signedUp, "signed_up_at") };
            if (body.TryGet("last_seen_at", out var lastSeen)) changed = changed with { LastSeenAt = Number(lastSeen, "last_seen_at") };
            if (body.TryGet("owner_id", out var owner)) changed = changed with { OwnerId = Number(owner, "owner_id") };
            if (body.TryGet("unsubscribed_from_emails", out var unsubscribed))
                changed = changed with
                {
                    UnsubscribedFromEmails = unsubscribed.ValueKind switch
                    {
                        JsonValueKind.True => true,
                        JsonValueKind.False or JsonValueKind.Null => false,
                        _ => throw new FieldException("unsubscribed_from_emails must be a boolean"),
                    },
                };
            if (body.TryGet("custom_attributes", out var custom))
                changed = changed with { CustomAttributes = Merge(changed.CustomAttributes, custom) };
            return null;
        }
        catch (FieldException e)
        {
            return ApiErrors.ParameterInvalid(e.Message);
        }
    }

    /// <summary>Sets each attribute sent (a null value removes it); null for the whole object removes them all.</summary>
    private static IReadOnlyDictionary<string, object?> Merge(IReadOnlyDictionary<string, object?> current, JsonElement custom)
    {
        if (custom.ValueKind == JsonValueKind.Null) return new Dictionary<string, object?>();
        if (custom.ValueKind != JsonValueKind.Object) throw new FieldException("custom_attributes must be an object");
        var merged = new Dictionary<string, object?>(current);
        foreach (var property in custom.EnumerateObject())
        {
            object? value = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Number when property.Value.TryGetInt64(out var whole) => whole,
                JsonValueKind.Number => property.Value.GetDouble(),
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                JsonValueKind.Null => null,
                _ => throw new FieldException($"custom_attributes.{property.Name} must be a string, number, boolean or null"),
            };
            if (value is null) merged.Remove(property.Name);
            else merged[property.Name] = value;
        }
        return merged;
    }

    private static string? Text(JsonElement value, string field) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Null => null,
        _ => throw new FieldException($"{field} must be a string"),
    };

    private static long? Number(JsonElement value, string field) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetInt64(out var n) => n,
        JsonValueKind.Null => null,
        _ => throw new FieldException($"{field} must be an integer"),
    };

    private sealed class FieldException(string message) : Exception(message);
}
