using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using IntercomPS.Client;
using IntercomPS.Infrastructure;
using IntercomPS.Infrastructure.Completion;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Tags contacts: by tag id, one request per contact; or by tag name, piped contacts gathered into batches
    /// of one POST /tags each (the tag is created when missing).
    /// </summary>
    [Cmdlet(VerbsCommon.Add, "IntercomContactTag", DefaultParameterSetName = ByTagIdSet, SupportsShouldProcess = true)]
    [OutputType(typeof(Tag))]
    [IntercomOperation("attachTagToContact", ParameterSet = ByTagIdSet)]
    [IntercomOperation("createTag", ParameterSet = ByTagNameSet, AlsoCalls = true)]
    public sealed class AddIntercomContactTagCommand : IntercomCmdlet
    {
        private const string ByTagIdSet = "ByTagId";
        private const string ByTagNameSet = "ByTagName";
        private readonly List<string> _pending = new List<string>();

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("ContactId")]
        [ValidateIntercomId]
        public string[] Id { get; set; }

        [Parameter(ParameterSetName = ByTagIdSet, Mandatory = true)]
        [ValidateIntercomId]
        [ArgumentCompleter(typeof(TagIdCompleter))]
        public string TagId { get; set; }

        /// <summary>Not taken from the pipeline: contacts have a Name of their own.</summary>
        [Parameter(ParameterSetName = ByTagNameSet, Mandatory = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(TagNameCompleter))]
        public string TagName { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var id in Id)
            {
                if (ParameterSetName == ByTagIdSet)
                {
                    if (ShouldProcess($"contact {id}", $"Add tag {TagId}"))
                        ForItem(id, () => WriteObject(Invoke((o, ct) => Api.Tags.AttachToContactAsync(id, TagId, o, ct))));
                    continue;
                }
                if (!ShouldProcess($"contact {id}", $"Add tag '{TagName}'")) continue;
                _pending.Add(id);
                if (_pending.Count >= TagsApi.BatchSize) Flush();
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
            WriteVerbose($"Tag contacts '{TagName}': sending {batch.Length}.");
            ForItem(batch, () => WriteObject(Invoke((o, ct) => Api.Tags.TagContactsAsync(TagName, batch, o, ct))));
        }
    }
}
