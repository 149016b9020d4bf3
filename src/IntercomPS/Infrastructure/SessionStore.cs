using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;
using IntercomPS.Client;

namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// The default session of each runspace. Not a process-wide static: ForEach-Object -Parallel workers and
    /// other runspaces each have their own (pass -Session to share one explicitly).
    /// </summary>
    internal static class SessionStore
    {
        private static readonly ConditionalWeakTable<Runspace, Holder> Sessions = new ConditionalWeakTable<Runspace, Holder>();

        public static IntercomSession Current
        {
            get => Runspace.DefaultRunspace != null && Sessions.TryGetValue(Runspace.DefaultRunspace, out var h) ? h.Session : null;
            set => Sessions.GetValue(Runspace.DefaultRunspace, _ => new Holder()).Session = value;
        }

        private sealed class Holder
        {
            public IntercomSession Session;
        }
    }
}
