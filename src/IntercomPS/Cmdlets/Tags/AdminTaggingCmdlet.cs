using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Client.Http;
using IntercomPS.Infrastructure;
using IntercomPS.Infrastructure.Completion;

namespace IntercomPS.Cmdlets
{
    /// <summary>Shared by the conversation and ticket tag cmdlets: a tag id, and the admin the change is made as.</summary>
    public abstract class AdminTaggingCmdlet : ThrottledCmdlet
    {
        [Parameter(Mandatory = true)]
        [ValidateIntercomId]
        [ArgumentCompleter(typeof(TagIdCompleter))]
        public string TagId { get; set; }

        /// <summary>Defaults to the admin the session connected as.</summary>
        [Parameter]
        [ValidateIntercomId]
        [ArgumentCompleter(typeof(AdminIdCompleter))]
        public string AdminId { get; set; }

        protected void ForEachId(string[] ids, string kind, string action, Func<string, string, Func<IRequestObserver, CancellationToken, Task<Tag>>> call)
        {
            ChangeEach(ids, kind, action, id => call(id, AdminIdOrDefault(AdminId)));
        }
    }
}
