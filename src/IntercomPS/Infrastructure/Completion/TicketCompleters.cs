using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace IntercomPS.Infrastructure.Completion
{
    /// <summary>
    /// Completes an id from live (id, name) pairs: what was typed may be the start of the id or of the name (a
    /// wildcard pattern), and the id is what is inserted, listed with its name.
    /// </summary>
    public abstract class IdByNameCompleter : IArgumentCompleter
    {
        /// <summary>(id, name) pairs, cached per session by <see cref="CachedNames"/>.</summary>
        protected abstract IReadOnlyList<(string Text, string Tooltip)> IdsAndNames();

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var pattern = NameCompleter.TypedPattern(wordToComplete);
            return IdsAndNames()
                .Where(n => n.Text != null && (pattern.IsMatch(n.Text) || pattern.IsMatch(n.Tooltip ?? "")))
                .OrderBy(n => n.Tooltip, System.StringComparer.OrdinalIgnoreCase)
                .Select(n => new CompletionResult(n.Text, $"{n.Text}: {n.Tooltip}", CompletionResultType.ParameterValue, $"{n.Text}: {n.Tooltip}"));
        }
    }

    /// <summary>Ticket type ids for -TicketTypeId, found by id or name.</summary>
    public sealed class TicketTypeIdCompleter : IdByNameCompleter
    {
        protected override IReadOnlyList<(string Text, string Tooltip)> IdsAndNames() =>
            CachedNames.Get("ticket-type-ids", (api, o, ct) => CachedNames.All(api.TicketTypes.List(), o, ct).Select(t => (t.Id, t.Name)));
    }

    /// <summary>Ticket type names, for -Name of Get-IntercomTicketType.</summary>
    public sealed class TicketTypeNameCompleter : NameCompleter
    {
        protected override IReadOnlyList<(string Text, string Tooltip)> Names() =>
            CachedNames.Get("ticket-type-names", (api, o, ct) => CachedNames.All(api.TicketTypes.List(), o, ct).Select(t => (t.Name, $"{t.Name} (id {t.Id}, {t.Category})")));
    }

    /// <summary>Team ids for -TeamId (Get-IntercomTeam's -Id), found by id or name.</summary>
    public sealed class TeamIdCompleter : IdByNameCompleter
    {
        protected override IReadOnlyList<(string Text, string Tooltip)> IdsAndNames() =>
            CachedNames.Get("team-ids", (api, o, ct) => CachedNames.All(api.Teams.List(), o, ct).Select(t => (t.Id, t.Name)));
    }

    /// <summary>Team names, for -Name of Get-IntercomTeam.</summary>
    public sealed class TeamNameCompleter : NameCompleter
    {
        protected override IReadOnlyList<(string Text, string Tooltip)> Names() =>
            CachedNames.Get("team-names", (api, o, ct) => CachedNames.All(api.Teams.List(), o, ct).Select(t => (t.Name, $"{t.Name} (id {t.Id})")));
    }

    /// <summary>Whom a ticket can be assigned to (-AssigneeId): admins and teams by id or name, and 0 for nobody.</summary>
    public sealed class AssigneeIdCompleter : IdByNameCompleter
    {
        protected override IReadOnlyList<(string Text, string Tooltip)> IdsAndNames() =>
            CachedNames.Get("assignee-ids", (api, o, ct) =>
                CachedNames.All(api.Admins.List(), o, ct).Select(a => (a.Id, $"{a.Name} (admin)"))
                    .Concat(CachedNames.All(api.Teams.List(), o, ct).Select(t => (t.Id, $"{t.Name} (team)")))
                    .Append(("0", "nobody (unassigns)")));
    }
}
