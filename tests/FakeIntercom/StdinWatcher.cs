namespace FakeIntercom;

/// <summary>
/// Stops the server when its standard input, a pipe from the test runner, is closed: a runner that dies
/// takes the fake with it. Any other stdin (a terminal, /dev/null, a file, none at all) is left alone, since
/// it would read as closed at once; such a server runs until SIGTERM or Ctrl+C.
/// </summary>
public static class StdinWatcher
{
    public static void StopOnEndOfInput(IHostApplicationLifetime lifetime)
    {
        if (!StdinIsPipe())
            return;

        var reader = new Thread(() =>
        {
            using var input = Console.OpenStandardInput();
            var buffer = new byte[256];
            while (input.Read(buffer, 0, buffer.Length) > 0) { }
            lifetime.StopApplication();
        })
        { IsBackground = true, Name = "stdin-watcher" };
        reader.Start();
    }

    private static bool StdinIsPipe()
    {
        if (!Console.IsInputRedirected)
            return false;
        if (!Directory.Exists("/proc/self/fd"))
            return true; // not Linux: take redirected input to be the runner's pipe
        var target = new FileInfo("/proc/self/fd/0").LinkTarget; // "pipe:[…]", "/dev/null", a file path, or null when closed
        return target is not null && (target.StartsWith("pipe:", StringComparison.Ordinal) || target.StartsWith("socket:", StringComparison.Ordinal));
    }
}
