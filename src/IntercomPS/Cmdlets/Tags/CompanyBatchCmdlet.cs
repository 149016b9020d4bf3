using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using IntercomPS.Client;
using IntercomPS.Infrastructure;
using IntercomPS.Infrastructure.Completion;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Shared by Add- and Remove-IntercomCompanyTag: companies by Intercom id (piped by their Id property) or by
    /// external company_id, gathered and sent in batches; a failed batch is reported with its ids and the rest go on.
    /// </summary>
    public abstract class CompanyBatchCmdlet : IntercomCmdlet
    {
        internal const string ByIdSet = "ById";
        internal const string ByCompanyIdSet = "ByCompanyId";

        private readonly List<CompanyKey> _pending = new List<CompanyKey>();

        /// <summary>The tag's name. Not taken from the pipeline: companies have a Name of their own.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(TagNameCompleter))]
        public string Name { get; set; }

        [Parameter(ParameterSetName = ByIdSet, Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ValidateIntercomId]
        public string[] Id { get; set; }

        /// <summary>Your external company_id values (not Intercom's id).</summary>
        [Parameter(ParameterSetName = ByCompanyIdSet, Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string[] CompanyId { get; set; }

        [Parameter]
        [ValidateRange(1, TagsApi.BatchSize)]
        public int BatchSize { get; set; } = TagsApi.BatchSize;

        protected abstract string Action { get; }

        protected abstract Tag Send(IReadOnlyList<CompanyKey> batch);

        protected override void ProcessRecord()
        {
            var keys = ParameterSetName == ByIdSet
                ? Id.Select(CompanyKey.ByIntercomId)
                : CompanyId.Select(CompanyKey.ByExternalId);
            foreach (var key in keys)
            {
                if (!ShouldProcess($"company {key}", $"{Action}: '{Name}'")) continue;
                _pending.Add(key);
                if (_pending.Count >= BatchSize) Flush();
            }
        }

        protected override void EndProcessing()
        {
            Flush();
            base.EndProcessing();
        }

        private void Flush()
        {
            if (_pending.Count == 0) return;
            var batch = _pending.ToArray();
            _pending.Clear();
            WriteVerbose($"{Action} '{Name}': sending {batch.Length} {(batch.Length == 1 ? "company" : "companies")}.");
            ForItem(batch.Select(k => k.ToString()).ToArray(), () => WriteObject(Send(batch)));
        }
    }
}
