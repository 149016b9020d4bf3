namespace FakeIntercom.State;

public static class Clock
{
    /// <summary>Intercom timestamps are whole unix seconds.</summary>
    public static long NowUnix() => DateTimeOffset.UtcNow.ToUnixTimeSeconds();
}
