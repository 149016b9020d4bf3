using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Client.Http;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Unarchives contacts.</summary>
    [Cmdlet(VerbsLifecycle.Enable, "IntercomContact", SupportsShouldProcess = true)]
    [OutputType(typeof(ContactArchiveState))]
    [IntercomOperation("UnarchiveContact")]
    public sealed class EnableIntercomContactCommand : ContactPassThruCmdlet<ContactArchiveState>
    {
        protected override string Action => "Unarchive Intercom contact";

        protected override Task<ContactArchiveState> SendAsync(string contactId, IRequestObserver observer, CancellationToken ct) =>
            Api.Contacts.UnarchiveAsync(contactId, observer, ct);
    }
}
