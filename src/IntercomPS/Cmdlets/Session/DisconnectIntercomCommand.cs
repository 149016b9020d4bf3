using System.Management.Automation;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Forgets the runspace's default session. Idempotent; the API has no token revocation.</summary>
    [Cmdlet(VerbsCommunications.Disconnect, "Intercom")]
    [OutputType(typeof(void))]
    public sealed class DisconnectIntercomCommand : PSCmdlet
    {
        protected override void EndProcessing()
        {
            if (SessionStore.Current == null) WriteVerbose("There was no Intercom session to disconnect.");
            SessionStore.Current = null;
        }
    }
}
