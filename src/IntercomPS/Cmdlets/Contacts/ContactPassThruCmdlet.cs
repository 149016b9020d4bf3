using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Client.Http;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Shared by Remove-, Disable- and Enable-IntercomContact: one request per piped contact, whose answer is written
    /// only with -PassThru.
    /// </summary>
    public abstract class ContactPassThruCmdlet<T> : IntercomCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("ContactId")]
        [ValidateIntercomId]
        public string[] Id { get; set; }

        /// <summary>Writes Intercom's answer for each contact.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <summary>What ShouldProcess shows, e.g. "Delete Intercom contact".</summary>
        protected abstract string Action { get; }

        protected abstract Task<T> SendAsync(string contactId, IRequestObserver observer, CancellationToken ct);

        protected override void ProcessRecord() =>
            ChangeEach<T>(Id, "contact", Action, id => (o, ct) => SendAsync(id, o, ct), write: PassThru);
    }
}
