using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using IntercomPS.Client;
using IntercomPS.Client.Http;

namespace IntercomPS.Infrastructure.Completion
{
    /// <summary>
    /// Names fetched live for tab completion, cached per session and kind for a short time so that pressing
    /// Tab repeatedly does not call the API each time. A failed or slow fetch completes nothing rather than
    /// hanging the prompt.
    /// </summary>
    internal static class CachedNames
    {
        public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);
        private static readonly TimeSpan FetchTimeout = TimeSpan.FromSeconds(5);
        private static readonly ConditionalWeakTable<IntercomSession, Dictionary<string, Entry>> Caches = new ConditionalWeakTable<IntercomSession, Dictionary<string, Entry>>();

        /// <summary>(completion text, tooltip) pairs for one kind of name in the current session.</summary>
        public static IReadOnlyList<(string Text, string Tooltip)> Get(string kind, Func<IntercomApi, IRequestObserver, CancellationToken, IEnumerable<(string, string)>> fetch)
        {
            var session = SessionStore.Current;
            if (session == null) return Array.Empty<(string, string)>();
            var cache = Caches.GetOrCreateValue(session);
            lock (cache)
            {
                if (cache.TryGetValue(kind, out var hit) && DateTimeOffset.UtcNow - hit.FetchedAt < Lifetime) return hit.Names;
            }
            IReadOnlyList<(string, string)> names;
            try
            {
                using (var cts = new CancellationTokenSource(FetchTimeout))
                    names = fetch(session.Api, NullRequestObserver.Instance, cts.Token).ToList();
            }
            catch (Exception)
            {
                return Array.Empty<(string, string)>();
            }
            lock (cache) cache[kind] = new Entry(names);
            return names;
        }

        /// <summary>Every item of a pager, for completion lists (small lists: tags, admins, teams...).</summary>
        public static IEnumerable<T> All<T>(Client.Paging.Pager<T> pager, IRequestObserver observer, CancellationToken ct)
        {
            for (var page = pager.NextPageAsync(observer, ct).GetAwaiter().GetResult(); page != null; page = pager.NextPageAsync(observer, ct).GetAwaiter().GetResult())
                foreach (var item in page) yield return item;
        }

        private sealed class Entry
        {
            public Entry(IReadOnlyList<(string, string)> names)
            {
                Names = names;
                FetchedAt = DateTimeOffset.UtcNow;
            }

            public IReadOnlyList<(string Text, string Tooltip)> Names { get; }
            public DateTimeOffset FetchedAt { get; }
        }
    }
}
