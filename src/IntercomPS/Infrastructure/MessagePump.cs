using System;
using System.Collections.Concurrent;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Client.Http;

namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Cmdlets may only write to their streams from the pipeline thread, while the engine works on others. The
    /// engine reports into this queue, and the pipeline thread drains it (as each message arrives, so a retry
    /// wait is shown while it happens) until the awaited work is done. One pump serves all of a cmdlet's
    /// requests, also those running side by side with -ThrottleLimit.
    /// </summary>
    internal sealed class MessagePump : IRequestObserver
    {
        private readonly BlockingCollection<(char Kind, string Text)> _queue = new BlockingCollection<(char, string)>();

        public void Verbose(string message) => _queue.Add(('V', message));
        public void Debug(string message) => _queue.Add(('D', message));
        public void Warning(string message) => _queue.Add(('W', message));

        public void RunUntil(Task work, Cmdlet cmdlet)
        {
            using (var done = new CancellationTokenSource())
            {
                work.ContinueWith(_ => done.Cancel(), TaskContinuationOptions.ExecuteSynchronously);
                try
                {
                    while (true) Write(_queue.Take(done.Token), cmdlet);
                }
                catch (OperationCanceledException)
                {
                    // the work is done; what it reported last is drained below
                }
            }
            while (_queue.TryTake(out var message)) Write(message, cmdlet);
        }

        private static void Write((char Kind, string Text) message, Cmdlet cmdlet)
        {
            switch (message.Kind)
            {
                case 'V': cmdlet.WriteVerbose(message.Text); break;
                case 'D': cmdlet.WriteDebug(message.Text); break;
                default: cmdlet.WriteWarning(message.Text); break;
            }
        }
    }
}
