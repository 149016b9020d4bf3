using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Client.Http;
using System.Management.Automation;
using IntercomPS.Client;
using IntercomPS.Client.Paging;

namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Base of every API cmdlet: resolves the session (-Session, else the runspace's default) and streams pages.
    /// </summary>
    public abstract class IntercomCmdlet : AsyncCmdlet
    {
        private IntercomSession _session;

        /// <summary>The session to use instead of the default one from Connect-Intercom.</summary>
        [Parameter]
        public IntercomSession Session { get; set; }

        protected IntercomSession CurrentSession => _session ?? (_session = ResolveSession());

        protected IntercomApi Api => CurrentSession.Api;

        /// <summary>Resolves the session before any pipeline input, so "not connected" stops the command once.</summary>
        protected override void BeginProcessing()
        {
            RememberParameterState();
            _ = CurrentSession;
        }

        private IntercomSession ResolveSession()
        {
            var session = Session ?? SessionStore.Current;
            if (session != null) return session;
            const string message = "Not connected to Intercom. Run Connect-Intercom first (or pass -Session).";
            ThrowTerminatingError(new ErrorRecord(new InvalidOperationException(message), "NotConnected", ErrorCategory.ConnectionError, null)
            {
                ErrorDetails = new ErrorDetails(message) { RecommendedAction = "Connect-Intercom [-AccessToken <SecureString>] [-Region US|EU|AU]" },
            });
            return null;
        }

        /// <summary>
        /// Writes a paged list to the pipeline as each page arrives, honouring -First/-Skip/-IncludeTotalCount,
        /// with a progress bar (items so far, of total_count when the API gives it) once there is a second page.
        /// </summary>
        protected void WritePages<T>(Pager<T> pager, Func<T, bool> filter = null, Func<T, object> output = null)
        {
            var paging = SupportsPaging ? PagingParameters : null;
            ulong skip = paging?.Skip ?? 0, remaining = paging?.First ?? ulong.MaxValue;
            var countWritten = false;
            var progress = new PageProgress(this);
            var prefetch = new PagePrefetch<T>(pager, StopToken);
            try
            {
                for (var pageNumber = 1; remaining > 0; pageNumber++)
                {
                    var page = prefetch.IsRunning ? Await(prefetch.Take()) : Invoke((observer, ct) => pager.NextPageAsync(observer, ct));
                    if (page == null) break;
                    if (paging != null && paging.IncludeTotalCount && !countWritten)
                    {
                        countWritten = true;
                        WriteObject(pager.TotalCount is long total ? paging.NewTotalCount((ulong)total, 1.0) : paging.NewTotalCount(0, 0.0));
                    }
                    progress.Report(page.Count, pager);
                    // A long listing fetches and parses the next page while this one goes down the pipeline. Not in
                    // the first pages, so that `| Select-Object -First 200` costs no request it does not need.
                    var moreWanted = remaining == ulong.MaxValue || remaining + skip > (ulong)page.Count;
                    if (pageNumber >= PrefetchFromPage && moreWanted && !pager.IsFinished) prefetch.Start(Start);
                    foreach (var item in page)
                    {
                        if (filter != null && !filter(item)) continue;
                        if (skip > 0) { skip--; continue; }
                        WriteObject(output == null ? item : output(item));
                        if (--remaining == 0) break;
                    }
                }
            }
            finally
            {
                prefetch.Abandon();
                progress.Complete();
            }
        }

        private const int PrefetchFromPage = 3;

        /// <summary>
        /// How many change requests may run at once; cmdlets that offer -ThrottleLimit return it. The rate-limit
        /// budget of the session is shared by all of them, so more concurrency never means 429s.
        /// </summary>
        protected virtual int Concurrency => 1;

        /// <summary>
        /// The usual shape of a change: for each id, ask ShouldProcess, then make one client call and write its
        /// result (unless <paramref name="write"/> is false: cmdlets whose answer is only shown with -PassThru);
        /// a failure is reported for that id and the next one goes on. With Concurrency above 1, up to that many
        /// calls run at once across pipeline input, and results are still written in input order.
        /// </summary>
        protected void ChangeEach<T>(IEnumerable<string> ids, string kind, string action, Func<string, Func<IRequestObserver, CancellationToken, Task<T>>> call, bool write = true)
        {
            foreach (var id in ids)
            {
                if (!ShouldProcess($"{kind} {id}", action)) continue;
                if (Concurrency <= 1)
                {
                    ForItem(id, () =>
                    {
                        var result = Invoke(call(id));
                        if (write) WriteObject(result);
                    });
                    continue;
                }
                Task<T> work = null;
                ForItem(id, () => work = Start(call(id)));
                if (work == null) continue;
                _pending.Enqueue(new PendingChange(id, write, () => Await(work)));
                while (_pending.Count >= Concurrency) CompleteOldest();
            }
        }

        /// <summary>Writes what concurrent changes are still running. Cmdlets that override EndProcessing call this base.</summary>
        protected override void EndProcessing()
        {
            while (_pending.Count > 0) CompleteOldest();
        }

        private void CompleteOldest()
        {
            var change = _pending.Dequeue();
            ForItem(change.Target, () =>
            {
                var result = change.Result();
                if (change.Write) WriteObject(result);
            });
        }

        private readonly Queue<PendingChange> _pending = new Queue<PendingChange>();

        private sealed class PendingChange
        {
            public PendingChange(object target, bool write, Func<object> result)
            {
                Target = target;
                Write = write;
                Result = result;
            }

            public object Target { get; }
            public bool Write { get; }
            public Func<object> Result { get; }
        }

        /// <summary>
        /// per_page for a list: -PageSize when given; else the endpoint's maximum (fewest requests), or less when
        /// -First (plus -Skip) needs fewer items than that.
        /// </summary>
        protected int PageSizeOrDefault(int? pageSize, int maximum)
        {
            if (pageSize != null) return pageSize.Value;
            var paging = SupportsPaging ? PagingParameters : null;
            if (paging == null || paging.First == 0 || paging.First >= (ulong)maximum || paging.Skip >= (ulong)maximum) return maximum;
            return (int)Math.Min((ulong)maximum, paging.First + paging.Skip);
        }

        /// <summary>
        /// The -Name filter of a list Intercom cannot filter itself: a case-insensitive wildcard pattern matched against
        /// each of the item's names; null (no -Name) lets every item through.
        /// </summary>
        protected static Func<T, bool> NameFilter<T>(string name, params Func<T, string>[] namesOf)
        {
            if (name == null) return null;
            var pattern = new WildcardPattern(name, WildcardOptions.IgnoreCase);
            return item => namesOf.Any(nameOf => pattern.IsMatch(nameOf(item) ?? ""));
        }

        /// <summary>-CreatedAfter and -CreatedBefore the wrong way round stop the command before any request.</summary>
        protected void CheckCreatedRange(DateTimeOffset? createdAfter, DateTimeOffset? createdBefore)
        {
            if (createdBefore < createdAfter)
                ThrowInvalidArgument($"-CreatedBefore ({createdBefore:u}) is earlier than -CreatedAfter ({createdAfter:u}).", "InvalidDateRange", createdBefore, "CreatedBefore");
        }

        /// <summary>The error of a Set- cmdlet given no field to change (before any request; per item when the changes come from the pipeline).</summary>
        protected static ErrorRecord NothingToChange(IEnumerable<string> parameters, object target = null) =>
            InvalidArgument("Nothing to change: give at least one of " + string.Join(", ", parameters.Select(p => "-" + p)) + ".", "NothingToChange", target);

        /// <summary>
        /// A request body of only the parameters the user bound, under their JSON names: an unbound parameter is
        /// left out, an explicit $null given on the command line is sent as null (clearing the field). Values lose
        /// their PowerShell wrappers. A parameter bound from the pipeline counts for the current object only when
        /// it holds something other than its default or an empty string (a blank CSV cell): PowerShell resets it
        /// for an object that lacks the property but keeps the earlier object's value in BoundParameters, which
        /// must never be sent again.
        /// </summary>
        protected Dictionary<string, object> BoundBody(params (string Parameter, string Field)[] fields)
        {
            if (_commandLineParameters == null) RememberParameterState();
            var body = new Dictionary<string, object>();
            foreach (var (parameter, field) in fields)
            {
                if (!MyInvocation.BoundParameters.TryGetValue(parameter, out var value)) continue;
                if (!_commandLineParameters.Contains(parameter))
                {
                    value = GetType().GetProperty(parameter).GetValue(this);
                    _parameterDefaults.TryGetValue(parameter, out var byDefault);
                    if (Equals(value, byDefault) || value is string text && text.Length == 0) continue; // a blank CSV cell is no value
                }
                body[field] = value is SwitchParameter flag ? flag.IsPresent : PlainValue.FromPowerShell(value);
            }
            return body;
        }

        private HashSet<string> _commandLineParameters;
        private readonly Dictionary<string, object> _parameterDefaults = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);

        /// <summary>What was bound before any pipeline input, and the defaults pipeline-bound parameters return to.</summary>
        private void RememberParameterState()
        {
            if (_commandLineParameters != null) return;
            _commandLineParameters = new HashSet<string>(MyInvocation.BoundParameters.Keys, StringComparer.OrdinalIgnoreCase);
            foreach (var property in GetType().GetProperties())
            {
                if (_commandLineParameters.Contains(property.Name) || !property.CanRead) continue;
                if (Attribute.IsDefined(property, typeof(ParameterAttribute))) _parameterDefaults[property.Name] = property.GetValue(this);
            }
        }

        /// <summary>The admin id a change is made as: the given one, else the admin the session connected as.</summary>
        protected string AdminIdOrDefault(string adminId, string parameterName = "AdminId")
        {
            if (!string.IsNullOrEmpty(adminId)) return adminId;
            var me = CurrentSession.Admin?.Id;
            if (me != null) return me;
            ThrowTerminatingError(new ErrorRecord(
                new ArgumentException($"-{parameterName} is required: the session was opened with -SkipValidation, so the connected admin is not known."),
                "AdminIdRequired", ErrorCategory.InvalidArgument, null));
            return null;
        }

        private bool SupportsPaging =>
            ((CmdletAttribute)Attribute.GetCustomAttribute(GetType(), typeof(CmdletAttribute)))?.SupportsPaging == true;
    }
}
