namespace FakeIntercom;

/// <summary>Command line: [--port N] [--token T] [--companies N] [--contacts N] [--seed N] [--port-file PATH].</summary>
public sealed record FakeOptions(int Port, string Token, int Companies, int Contacts, int Seed, string? PortFile)
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
