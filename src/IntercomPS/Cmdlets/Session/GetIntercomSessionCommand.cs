using System.Management.Automation;
using IntercomPS.Client;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Shows the runspace's default session; nothing when not connected.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomSession")]
    [OutputType(typeof(IntercomSession))]
    public sealed class GetIntercomSessionCommand : PSCmdlet
    {
        protected override void EndProcessing()
        {
            var session = SessionStore.Current;
            if (session == null) WriteVerbose("Not connected: run Connect-Intercom.");
            else WriteObject(session);
        }
    }
}
