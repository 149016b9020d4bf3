using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Client.Http;

namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Runs client calls on the pipeline thread while showing their verbose output live, cancels them on Ctrl+C,
    /// and turns failures into error records (non-terminating per pipeline item).
    /// </summary>
    public abstract class AsyncCmdlet : PSCmdlet
    {
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
        private readonly MessagePump _pump = new MessagePump();

        protected CancellationToken StopToken => _stopping.Token;

        protected override void StopProcessing() => _stopping.Cancel();

        /// <summary>Runs one client call to completion, pumping its verbose/debug output to this cmdlet.</summary>
        protected T Invoke<T>(Func<IRequestObserver, CancellationToken, Task<T>> call) => Await(Start(call));

        /// <summary>Starts a client call without waiting for it (see <see cref="Await{T}"/>).</summary>
        protected Task<T> Start<T>(Func<IRequestObserver, CancellationToken, Task<T>> call) => call(_pump, StopToken);

        /// <summary>Waits for a started call on the pipeline thread, showing the verbose output of all running calls.</summary>
        protected T Await<T>(Task<T> work)
        {
            _pump.RunUntil(work, this);
            try
            {
                return work.GetAwaiter().GetResult();
            }
            catch (OperationCanceledException) when (StopToken.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
        }

        protected void Invoke(Func<IRequestObserver, CancellationToken, Task> call) =>
            Invoke<bool>(async (observer, ct) => { await call(observer, ct).ConfigureAwait(false); return true; });

        /// <summary>The error for bad input found before any request; it names the parameter when there is one.</summary>
        protected static ErrorRecord InvalidArgument(string message, string errorId, object target = null, string parameter = null) =>
            new ErrorRecord(new PSArgumentException(message, parameter), errorId, ErrorCategory.InvalidArgument, target);

        /// <summary>Stops the command before any request, for bad input (see <see cref="InvalidArgument"/>).</summary>
        protected void ThrowInvalidArgument(string message, string errorId, object target = null, string parameter = null) =>
            ThrowTerminatingError(InvalidArgument(message, errorId, target, parameter));

        /// <summary>
        /// Runs the work for one pipeline item. A failure becomes a non-terminating error naming the item, and the
        /// pipeline goes on with the next one; an authentication failure stops the command.
        /// </summary>
        protected void ForItem(object target, Action work)
        {
            try
            {
                work();
            }
            catch (Exception ex) when (IsReportable(ex))
            {
                var record = ErrorMapping.ToErrorRecord(ex, target);
                if (ErrorMapping.IsTerminating(ex)) ThrowTerminatingError(record);
                WriteError(record);
            }
        }

        // The engine's own exceptions (pipeline stopped, -ErrorAction Stop, terminating errors) must propagate.
        private static bool IsReportable(Exception ex) => !(ex is RuntimeException) && !(ex is OperationCanceledException);
    }
}
