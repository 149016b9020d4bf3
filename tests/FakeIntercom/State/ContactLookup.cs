namespace FakeIntercom.State;

/// <summary>Finds seeded contacts by the ids data events and visitors use: email, or any of id, external_id and email.</summary>
public static class ContactLookup
{
    /// <summary>Seeded emails end in ".{index + 1}@example.com", which gives the contact away without a scan.</summary>
    public static Contact? FindByEmail(this ContactCatalog contacts, string email)
    {
        var at = email.IndexOf('@');
        var dot = at < 0 ? -1 : email.LastIndexOf('.', at);
        return dot >= 0 && int.TryParse(email.AsSpan(dot + 1, at - dot - 1), out var number)
            && number >= 1 && number <= contacts.Count && contacts.At(number - 1) is { } contact
            && string.Equals(contact.Email, email, StringComparison.OrdinalIgnoreCase)
            ? contact
            : null;
    }

    /// <summary>The contact named by Intercom id, else external id, else email (the first one given).</summary>
    public static Contact? FindByAny(this ContactCatalog contacts, string? id, string? externalId, string? email) =>
        id is not null ? contacts.FindById(id)
        : externalId is not null ? contacts.FindByExternalId(externalId)
        : email is not null ? contacts.FindByEmail(email)
        : null;
}
