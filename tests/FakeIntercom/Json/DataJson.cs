using FakeIntercom.State;

namespace FakeIntercom.Json;

/// <summary>Data attributes, data events and data export jobs, as Intercom writes them.</summary>
public static class DataJson
{
    public static object Attribute(DataAttribute attribute) => new
    {
        type = "data_attribute",
        id = attribute.Id is null ? (int?)null : int.Parse(attribute.Id),
        model = attribute.Model,
        name = attribute.Name,
        full_name = attribute.FullName,
        label = attribute.Name,
        description = attribute.Description ?? "",
        data_type = attribute.DataType,
        options = attribute.Options,
        api_writable = true,
        ui_writable = !attribute.Custom,
        messenger_writable = attribute.MessengerWritable,
        custom = attribute.Custom,
        archived = attribute.Archived,
        admin_id = attribute.Custom ? "991267001" : null,
        created_at = attribute.Custom ? attribute.CreatedAt : (long?)null,
        updated_at = attribute.Custom ? attribute.UpdatedAt : (long?)null,
    };

    public static object Event(DataEventRecord record, Contact contact) => new
    {
        type = "event",
        created_at = record.CreatedAt,
        event_name = record.Name,
        user_id = contact.ExternalId,
        intercom_user_id = contact.Id,
        email = contact.Email,
        metadata = record.Metadata ?? new Dictionary<string, object?>(),
    };

    /// <summary>The contact's events and posted summaries, merged per name; first and last as ISO 8601 text, as Intercom sends them.</summary>
    public static object Summary(Contact contact, IReadOnlyList<DataEventRecord> events, IEnumerable<DataEventSummaryRecord> posted) => new
    {
        type = "event.summary",
        email = contact.Email,
        intercom_user_id = contact.Id,
        user_id = contact.ExternalId,
        events = events.Select(e => new DataEventSummaryRecord(e.ContactId, e.Name, 1, e.CreatedAt, e.CreatedAt))
            .Concat(posted)
            .GroupBy(s => s.Name)
            .Select(g => new
            {
                name = g.Key,
                first = Iso(g.Min(s => s.First)),
                last = Iso(g.Max(s => s.Last)),
                count = g.Sum(s => s.Count),
                description = (string?)null,
            })
            .ToArray(),
    };

    /// <summary>download_url and download_expires_at are "" until the job completes, and the expiry is unix seconds as text.</summary>
    public static object Export(DataExportJob job, string baseUrl) => new
    {
        job_identifier = job.JobIdentifier,
        status = job.Status,
        download_url = job.Status == "completed" ? $"{baseUrl}/download/content/data/{job.JobIdentifier}" : "",
        download_expires_at = job.Status == "completed" ? (job.CompletedAt + 2 * 86_400).ToString() : "",
    };

    private static string? Iso(long? unix) => unix is { } seconds ? DateTimeOffset.FromUnixTimeSeconds(seconds).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz") : null;
}
