namespace FakeIntercom;

/// <summary>One API request as it arrived, with the status it was answered with.</summary>
public sealed class RecordedRequest
{
    public required string Method { get; init; }
    public required string Path { get; init; }
    public required string Query { get; init; }
    public required string? Body { get; init; }
    public required Dictionary<string, string> Headers { get; init; }
    public int Status { get; set; }
    /// <summary>The fault injected by --chaos-rate, if any.</summary>
    public string? Chaos { get; set; }
}

/// <summary>The API requests in arrival order, keeping only the most recent <paramref name="capacity"/> (benchmarks send many).</summary>
public sealed class RequestLog(int capacity)
{
    private readonly Queue<RecordedRequest> _entries = new();
    private readonly Lock _gate = new();

    public RecordedRequest Record(HttpRequest request, string? body)
    {
        var entry = new RecordedRequest
        {
            Method = request.Method,
            Path = request.Path.Value ?? string.Empty,
            Query = request.QueryString.HasValue ? request.QueryString.Value![1..] : string.Empty,
            Body = body,
            Headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
        };
        lock (_gate)
        {
            _entries.Enqueue(entry);
            if (_entries.Count > capacity)
                _entries.Dequeue();
        }
        return entry;
    }

    public object[] Snapshot()
    {
        lock (_gate)
        {
            return _entries
                .Select(e => (object)new { method = e.Method, path = e.Path, query = e.Query, body = e.Body, headers = e.Headers, status = e.Status, chaos = e.Chaos })
                .ToArray();
        }
    }

    public void Clear()
    {
        lock (_gate)
            _entries.Clear();
    }
}
