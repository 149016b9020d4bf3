namespace FakeIntercom.State;

public sealed class DataExportJob
{
    public required string JobIdentifier { get; init; }
    public required long CreatedAtAfter { get; init; }
    public required long CreatedAtBefore { get; init; }
    public string Status { get; set; } = "pending";
    public long? CompletedAt { get; set; }
    public bool IsActive => Status is "pending" or "in_progress";
}

/// <summary>
/// Message data export jobs. Each status check moves a job on: pending → in_progress → completed, or no_data when
/// the range ends before the seeded data begins (2024-01-01). One job may be active at a time.
/// </summary>
public sealed class DataExportJobs
{
    private readonly List<DataExportJob> _jobs = [];

    public IReadOnlyList<DataExportJob> All => _jobs;

    public DataExportJob? Find(string jobIdentifier) => _jobs.Find(j => j.JobIdentifier == jobIdentifier);

    public bool AnyActive => _jobs.Any(j => j.IsActive);

    public DataExportJob Start(long after, long before)
    {
        var job = new DataExportJob { JobIdentifier = $"fakeexport{_jobs.Count + 1:D6}", CreatedAtAfter = after, CreatedAtBefore = before };
        _jobs.Add(job);
        return job;
    }

    public void Advance(DataExportJob job, long now)
    {
        switch (job.Status)
        {
            case "pending":
                job.Status = "in_progress";
                break;
            case "in_progress":
                job.Status = job.CreatedAtBefore < Seeded.BaseTime ? "no_data" : "completed";
                job.CompletedAt = now;
                break;
        }
    }
}
