using System.Management.Automation;
using IntercomPS.Client.Paging;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Shared by the cmdlets that list something of each piped contact: its companies, segments, subscriptions, notes.</summary>
    public abstract class ContactListCmdlet<T> : IntercomCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("ContactId")]
        [ValidateIntercomId]
        public string[] Id { get; set; }

        protected abstract Pager<T> List(string contactId);

        protected override void ProcessRecord()
        {
            foreach (var id in Id)
                ForItem(id, () => WritePages(List(id)));
        }
    }
}
