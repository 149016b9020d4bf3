using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Shared by Set-IntercomTicketType and Set-IntercomTicketTypeAttribute: the changes are the bound fields, the same
    /// for every piped object and refused when there are none; archiving (-Archived $true) also asks ShouldContinue
    /// unless -Force is given.
    /// </summary>
    public abstract class ArchivableChangeCmdlet : IntercomCmdlet
    {
        [Parameter]
        public bool Archived { get; set; }

        /// <summary>Archives without the extra confirmation.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <summary>The writable fields: parameter and JSON name, Archived included.</summary>
        protected abstract IReadOnlyList<(string Parameter, string Field)> Fields { get; }

        /// <summary>What an archived object no longer does, for the ShouldContinue question.</summary>
        protected abstract string ArchiveConsequence { get; }

        protected Dictionary<string, object> Changes { get; private set; }

        /// <summary>The request body; a cmdlet whose fields need converting overrides it.</summary>
        protected virtual Dictionary<string, object> BuildChanges() => BoundBody(Fields.ToArray());

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            Changes = BuildChanges();
            if (Changes.Count > 0) return;
            ThrowTerminatingError(new ErrorRecord(
                new PSArgumentException("Nothing to change: give at least one of " + string.Join(", ", Fields.Select(f => "-" + f.Parameter)) + "."),
                "NothingToChange", ErrorCategory.InvalidArgument, null));
        }

        /// <summary>ShouldProcess for the change, then ShouldContinue when it archives.</summary>
        protected bool Confirmed(string target)
        {
            var archiving = Changes.TryGetValue("archived", out var archived) && archived is true;
            if (!ShouldProcess(target, archiving ? "Archive" : $"Update {string.Join(", ", Changes.Keys)}")) return false;
            return !archiving || Force || ShouldContinue($"Archive {target}? {ArchiveConsequence}", "Archive");
        }
    }
}
