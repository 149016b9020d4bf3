namespace FakeIntercom.State;

/// <summary>What the seeded workspace looks like: sizes and the seed every generated value derives from.</summary>
public sealed record SeedSettings(int Seed, int CompanyCount, int ContactCount);

/// <summary>Deterministic pseudo-random values from (seed, index, salt), so records can be generated on demand.</summary>
public static class Seeded
{
    /// <summary>2024-01-01T00:00:00Z: seeded timestamps count from here, so two runs with one seed answer alike.</summary>
    public const long BaseTime = 1_704_067_200;

    public static ulong Hash(int seed, int index, int salt) =>
        Mix(Mix((ulong)(uint)seed) ^ Mix(((ulong)(uint)index << 16) ^ (uint)salt));

    public static int Between(int seed, int index, int salt, int min, int max) =>
        min + (int)(Hash(seed, index, salt) % (ulong)(max - min + 1));

    public static T Pick<T>(int seed, int index, int salt, IReadOnlyList<T> options) =>
        options[(int)(Hash(seed, index, salt) % (ulong)options.Count)];

    private static ulong Mix(ulong x)
    {
        x += 0x9E3779B97F4A7C15;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EB;
        return x ^ (x >> 31);
    }
}

/// <summary>
/// 24-hex-digit ids in the style of Intercom's object ids (8 hex of kind, 8 of seed, 8 of index), so a record's
/// index can be read back from its id without keeping any table.
/// </summary>
public sealed class ObjectIdFormat(uint kind, int seed)
{
    private readonly string _prefix = $"{kind:x8}{(uint)Seeded.Hash(seed, 0, (int)kind):x8}";

    public string Format(int index) => $"{_prefix}{index:x8}";

    public bool TryParse(string id, int count, out int index)
    {
        index = -1;
        return id.Length == 24
            && id.StartsWith(_prefix, StringComparison.Ordinal)
            && int.TryParse(id.AsSpan(16), System.Globalization.NumberStyles.AllowHexSpecifier, null, out index)
            && index >= 0 && index < count;
    }
}
