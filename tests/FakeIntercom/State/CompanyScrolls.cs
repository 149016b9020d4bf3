namespace FakeIntercom.State;

/// <summary>
/// Intercom's scroll rules: a workspace has at most one company scroll open; it stays open while it is used at
/// least once a minute and closes when it reaches the end. Each scroll has its own generation, so an old
/// scroll_param never continues a newer scroll.
/// </summary>
public sealed class CompanyScrolls
{
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(1);

    private int _generation;
    private int? _open;
    private DateTimeOffset _lastUsed;

    /// <summary>Opens a new scroll; false while another one is open.</summary>
    public bool TryOpen(DateTimeOffset now, out int generation)
    {
        generation = 0;
        if (Current(now) is not null) return false;
        _open = generation = ++_generation;
        _lastUsed = now;
        return true;
    }

    /// <summary>The generation of the open scroll, or null when none is open or it expired.</summary>
    public int? Current(DateTimeOffset now) => _open is not null && now - _lastUsed < IdleTimeout ? _open : null;

    public void Touch(DateTimeOffset now) => _lastUsed = now;

    public void Close() => _open = null;
}
