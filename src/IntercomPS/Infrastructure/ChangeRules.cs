using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// For Set- cmdlets where archiving is a field like any other (archived: true; ticket types, their attributes,
    /// data attributes): archiving also asks ShouldContinue unless -Force is given, since ConfirmImpact is fixed per
    /// cmdlet.
    /// </summary>
    internal static class ChangeRules
    {
        /// <summary>ShouldProcess for the change, then ShouldContinue when it archives.</summary>
        public static bool Confirmed(Cmdlet cmdlet, string target, IDictionary<string, object> changes, bool force, string archiveConsequence)
        {
            var archiving = changes.TryGetValue("archived", out var archived) && archived is true;
            if (!cmdlet.ShouldProcess(target, archiving ? "Archive" : $"Update {string.Join(", ", changes.Keys)}")) return false;
            return !archiving || force || cmdlet.ShouldContinue($"Archive {target}? {archiveConsequence}", "Archive");
        }
    }
}
