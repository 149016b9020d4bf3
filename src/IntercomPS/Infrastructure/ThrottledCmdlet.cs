using System.Management.Automation;

namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// A change cmdlet with -ThrottleLimit: how many requests may run at once when there is no batch endpoint.
    /// All of them draw on the session's one rate-limit budget; results come out in input order.
    /// </summary>
    public abstract class ThrottledCmdlet : IntercomCmdlet
    {
        public const int MaximumThrottleLimit = 16;

        [Parameter]
        [ValidateRange(1, MaximumThrottleLimit)]
        public int ThrottleLimit { get; set; } = 1;

        protected override int Concurrency => ThrottleLimit;
    }
}
