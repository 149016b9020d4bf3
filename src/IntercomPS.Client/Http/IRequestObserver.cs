namespace IntercomPS.Client.Http
{
    /// <summary>
    /// Where the engine reports what it does. The PowerShell layer routes these to the verbose, debug and
    /// warning streams; nothing passed here ever contains the access token.
    /// </summary>
    public interface IRequestObserver
    {
        void Verbose(string message);
        void Debug(string message);
        void Warning(string message);
    }

    public sealed class NullRequestObserver : IRequestObserver
    {
        public static readonly NullRequestObserver Instance = new NullRequestObserver();
        public void Verbose(string message) { }
        public void Debug(string message) { }
        public void Warning(string message) { }
    }
}
