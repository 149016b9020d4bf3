namespace FakeIntercom;

/// <summary>
/// Command line: [--port N] [--token T] [--companies N] [--contacts N] [--seed N] [--port-file PATH]
/// [--rate-limit N [--rate-window S]] (answer 429 past N requests per window) [--chaos-rate P [--chaos-seed N]]
/// (inject a random fault into a fraction P of API requests, reproducibly).
/// </summary>
public sealed record FakeOptions(int Port, string Token, int Companies, int Contacts, int Seed, string? PortFile,
    int? RateLimit = null, int RateWindowSeconds = 10, double ChaosRate = 0, int ChaosSeed = 1)
{
    public static FakeOptions Parse(string[] args)
    {
        var options = new FakeOptions(Port: 0, Token: "fake-token", Companies: 25, Contacts: 25, Seed: 1, PortFile: null);
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (i + 1 >= args.Length)
                throw new ArgumentException($"Missing value for {name}.");
            var value = args[++i];
            options = name switch
            {
                "--port" => options with { Port = ParseCount(name, value, max: 65535) },
                "--token" => options with { Token = value },
                "--companies" => options with { Companies = ParseCount(name, value, max: 10_000_000) },
                "--contacts" => options with { Contacts = ParseCount(name, value, max: 10_000_000) },
                "--seed" => options with { Seed = int.TryParse(value, out var seed) ? seed : throw new ArgumentException($"{name} must be an integer.") },
                "--port-file" => options with { PortFile = value },
                "--rate-limit" => options with { RateLimit = ParseCount(name, value, max: 1_000_000) },
                "--rate-window" => options with { RateWindowSeconds = Math.Max(1, ParseCount(name, value, max: 3600)) },
                "--chaos-rate" => options with { ChaosRate = double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var rate) && rate is >= 0 and <= 1 ? rate : throw new ArgumentException($"{name} must be a number from 0 to 1.") },
                "--chaos-seed" => options with { ChaosSeed = ParseCount(name, value, max: int.MaxValue) },
                _ => throw new ArgumentException($"Unknown option {name}."),
            };
        }
        return options;
    }

    private static int ParseCount(string name, string value, int max) =>
        int.TryParse(value, out var number) && number >= 0 && number <= max
            ? number
            : throw new ArgumentException($"{name} must be an integer between 0 and {max}.");
}
