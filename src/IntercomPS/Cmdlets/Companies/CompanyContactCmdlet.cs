using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Client.Http;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Shared by Add- and Remove-IntercomCompanyContact: the company is what comes down the pipeline (its Intercom
    /// Id), the contacts are named; each contact is one request, and a failing one does not stop the others.
    /// </summary>
    public abstract class CompanyContactCmdlet : IntercomCmdlet
    {
        /// <summary>The companies' Intercom ids. Deliberately no CompanyId alias: a company's CompanyId is its external id.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateIntercomId]
        public string[] Id { get; set; }

        [Parameter(Mandatory = true, Position = 1)]
        [ValidateIntercomId]
        public string[] ContactId { get; set; }

        protected void ForEachPair(string action, Func<string, string, Func<IRequestObserver, CancellationToken, Task<Company>>> call)
        {
            foreach (var id in Id)
                ChangeEach(ContactId, "contact", $"{action} {id}", contactId => call(id, contactId));
        }
    }
}
