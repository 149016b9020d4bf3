using System.Collections.Concurrent;
using System.Threading.Tasks;
using System.Management.Automation;
using IntercomPS.Client.Http;

namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Cmdlets may only write to their streams from the pipeline thread, while the engine works on others. The
    /// engine reports into this queue, and the pipeline thread drains it (as each message arrives, so a retry
    /// wait is shown while it happens) until the work is done.
    /// </summary>
    internal sealed class MessagePump : IRequestObserver
    {
        private readonly BlockingCollection<(char Kind, string Text)> _queue = new BlockingCollection<(char, string)>();

        public void Verbose(string message) => Add('V', message);
        public void Debug(string message) => Add('D', message);
        public void Warning(string message) => Add('W', message);

        private void Add(char kind, string text)
        {
            if (!_queue.IsAddingCompleted) _queue.TryAdd((kind, text));
        }

        public void RunUntil(Task work, Cmdlet cmdlet)
        {
            work.ContinueWith(_ => _queue.CompleteAdding(), TaskContinuationOptions.ExecuteSynchronously);
            foreach (var (kind, text) in _queue.GetConsumingEnumerable())
            {
                switch (kind)
                {
                    case 'V': cmdlet.WriteVerbose(text); break;
                    case 'D': cmdlet.WriteDebug(text); break;
                    default: cmdlet.WriteWarning(text); break;
                }
            }
        }
    }
}
