using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Shared by the ticket area's Set- cmdlets, whose changes are the same for every piped object: archiving
    /// (archived: true, a field like any other) also asks ShouldContinue unless -Force is given, since
    /// ConfirmImpact is fixed per cmdlet.
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
