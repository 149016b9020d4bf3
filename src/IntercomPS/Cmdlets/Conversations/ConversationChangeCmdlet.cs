using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Client.Http;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Shared by the cmdlets that change piped conversations, one request each (there is no batch endpoint), so
    /// they offer -ThrottleLimit.
    /// </summary>
    public abstract class ConversationChangeCmdlet : ThrottledCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("ConversationId")]
        [ValidateIntercomId]
        public string[] Id { get; set; }

        protected void ChangeEach<T>(string action, Func<string, Func<IRequestObserver, CancellationToken, Task<T>>> call) =>
            ChangeEach(Id, "conversation", action, call);
    }

    /// <summary>A conversation change made as an admin: -AdminId, by default the admin the session connected as.</summary>
    public abstract class ConversationAdminActionCmdlet : ConversationChangeCmdlet
    {
        /// <summary>The admin the change is made as; defaults to the admin the session connected as.</summary>
        [Parameter]
        [ValidateIntercomId]
        [ArgumentCompleter(typeof(Infrastructure.Completion.AdminIdCompleter))]
        public string AdminId { get; set; }

        protected string ActingAdminId => AdminIdOrDefault(AdminId);
    }
}
