using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Client.Http;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Deletes contacts for good (Disable-IntercomContact archives instead).</summary>
    [Cmdlet(VerbsCommon.Remove, "IntercomContact", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(DeletedObject))]
    [IntercomOperation("DeleteContact")]
    public sealed class RemoveIntercomContactCommand : ContactPassThruCmdlet<DeletedObject>
    {
        protected override string Action => "Delete Intercom contact";

        protected override Task<DeletedObject> SendAsync(string contactId, IRequestObserver observer, CancellationToken ct) =>
            Api.Contacts.DeleteAsync(contactId, observer, ct);
    }
}
