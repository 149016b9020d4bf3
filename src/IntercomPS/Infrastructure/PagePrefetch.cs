using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Client.Http;
using IntercomPS.Client.Paging;

namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// At most one page requested ahead of the one being written. When the pipeline stops early (Select-Object
    /// -First, an error, Ctrl+C), the page still on its way is cancelled and its outcome observed, never left to
    /// fault unobserved.
    /// </summary>
    internal sealed class PagePrefetch<T>
    {
        private readonly Pager<T> _pager;
        private readonly CancellationTokenSource _abandon;
        private Task<IReadOnlyList<T>> _next;

        public PagePrefetch(Pager<T> pager, CancellationToken stopping)
        {
            _pager = pager;
            _abandon = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        }

        public bool IsRunning => _next != null;

        /// <param name="start">The cmdlet's way of starting a call (its message pump and stop token).</param>
        public void Start(Func<Func<IRequestObserver, CancellationToken, Task<IReadOnlyList<T>>>, Task<IReadOnlyList<T>>> start) =>
            _next = start((observer, _) => _pager.NextPageAsync(observer, _abandon.Token));

        public Task<IReadOnlyList<T>> Take()
        {
            var next = _next;
            _next = null;
            return next;
        }

        public void Abandon()
        {
            var next = Take();
            if (next == null)
            {
                _abandon.Dispose();
                return;
            }
            _abandon.Cancel();
            next.ContinueWith(t => { _ = t.Exception; _abandon.Dispose(); }, TaskContinuationOptions.ExecuteSynchronously);
        }
    }
}
