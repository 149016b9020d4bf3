using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Client.Http;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Archives contacts ("Archive" is not an approved verb; Disable makes a resource inactive).</summary>
    [Cmdlet(VerbsLifecycle.Disable, "IntercomContact", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(ContactArchiveState))]
    [IntercomOperation("ArchiveContact")]
    public sealed class DisableIntercomContactCommand : ContactPassThruCmdlet<ContactArchiveState>
    {
        protected override string Action => "Archive Intercom contact";

        protected override Task<ContactArchiveState> SendAsync(string contactId, IRequestObserver observer, CancellationToken ct) =>
            Api.Contacts.ArchiveAsync(contactId, observer, ct);
    }
}
