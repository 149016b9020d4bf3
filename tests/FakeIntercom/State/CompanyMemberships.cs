namespace FakeIntercom.State;

/// <summary>
/// Which contacts belong to which companies: the seeded rule (contact i belongs to seeded company i mod the
/// seeded company count), changed by attach and detach. Nothing is materialised, so 300,000 contacts cost nothing.
/// </summary>
public sealed class CompanyMemberships(ContactCatalog contacts, CompanyCatalog companies)
{
    private readonly HashSet<(string ContactId, string CompanyId)> _attached = [];
    private readonly HashSet<(string ContactId, string CompanyId)> _detached = [];

    /// <summary>The company's contacts in contact creation order, generated as they are enumerated.</summary>
    public IEnumerable<Contact> ContactsOf(Company company)
    {
        var attached = _attached.Where(m => m.CompanyId == company.Id).Select(m => contacts.FindById(m.ContactId)!.Index);
        return SeededContactIndexes(company)
            .Where(index => !_detached.Contains((contacts.IdAt(index), company.Id)))
            .Concat(attached)
            .Order()
            .Select(contacts.At);
    }

    public int CountOf(Company company) =>
        SeededContactIndexes(company).Count()
        - _detached.Count(m => m.CompanyId == company.Id)
        + _attached.Count(m => m.CompanyId == company.Id);

    /// <summary>The Intercom ids of the companies a contact belongs to.</summary>
    public IEnumerable<string> CompanyIdsOf(Contact contact) =>
        (contact.CompanyId is { } seeded && !_detached.Contains((contact.Id, seeded)) ? [seeded] : Array.Empty<string>())
            .Concat(_attached.Where(m => m.ContactId == contact.Id).Select(m => m.CompanyId))
            .Where(id => companies.FindById(id) is not null);

    public void Attach(Contact contact, Company company)
    {
        if (!_detached.Remove((contact.Id, company.Id)) && contact.CompanyId != company.Id)
            _attached.Add((contact.Id, company.Id));
    }

    public void Detach(Contact contact, Company company)
    {
        if (!_attached.Remove((contact.Id, company.Id)) && contact.CompanyId == company.Id)
            _detached.Add((contact.Id, company.Id));
    }

    private IEnumerable<int> SeededContactIndexes(Company company) =>
        company.Index < companies.Count && companies.Count > 0
            ? Enumerable.Range(0, (contacts.Count - company.Index + companies.Count - 1) / companies.Count).Select(k => company.Index + k * companies.Count)
            : [];
}
