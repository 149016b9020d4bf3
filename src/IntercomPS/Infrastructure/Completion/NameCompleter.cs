using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace IntercomPS.Infrastructure.Completion
{
    /// <summary>
    /// Completes from a list of live names: case-insensitive wildcard match on what was typed (a prefix by
    /// default), results quoted when they contain spaces or quotes, as PowerShell's own completers do.
    /// </summary>
    public abstract class NameCompleter : IArgumentCompleter
    {
        protected abstract IReadOnlyList<(string Text, string Tooltip)> Names();

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var pattern = TypedPattern(wordToComplete);
            return Names()
                .Where(n => n.Text != null && pattern.IsMatch(n.Text))
                .GroupBy(n => n.Text, System.StringComparer.OrdinalIgnoreCase).Select(same => same.First())
                .OrderBy(n => n.Text, System.StringComparer.OrdinalIgnoreCase)
                .Select(n => new CompletionResult(Quote(n.Text), n.Text, CompletionResultType.ParameterValue, string.IsNullOrEmpty(n.Tooltip) ? n.Text : n.Tooltip));
        }

        /// <summary>What was typed, unquoted, as a case-insensitive wildcard pattern (a prefix unless it ends in *).</summary>
        internal static WildcardPattern TypedPattern(string wordToComplete)
        {
            var typed = (wordToComplete ?? "").Trim('\'', '"');
            return new WildcardPattern(typed.EndsWith("*") ? typed : typed + "*", WildcardOptions.IgnoreCase);
        }

        private static string Quote(string text) =>
            text.IndexOfAny(new[] { ' ', '\'', '"', '$', '`', ',', ';', '(', ')', '{', '}', '@', '#', '&', '|' }) < 0 ? text : "'" + text.Replace("'", "''") + "'";
    }

    /// <summary>Tag names, for -Name / -TagName of the tag cmdlets.</summary>
    public sealed class TagNameCompleter : NameCompleter
    {
        protected override IReadOnlyList<(string Text, string Tooltip)> Names() =>
            CachedNames.Get("tag-names", (api, o, ct) => CachedNames.All(api.Tags.List(), o, ct).Select(t => (t.Name, $"{t.Name} (id {t.Id})")));
    }

    /// <summary>Tag ids, shown with their names, for -TagId.</summary>
    public sealed class TagIdCompleter : NameCompleter
    {
        protected override IReadOnlyList<(string Text, string Tooltip)> Names() =>
            CachedNames.Get("tag-ids", (api, o, ct) => CachedNames.All(api.Tags.List(), o, ct).Select(t => (t.Id, $"{t.Id}: {t.Name}")));
    }

    /// <summary>Admin ids, shown with names and emails, for -AdminId and admin -Id parameters.</summary>
    public sealed class AdminIdCompleter : NameCompleter
    {
        protected override IReadOnlyList<(string Text, string Tooltip)> Names() =>
            CachedNames.Get("admin-ids", (api, o, ct) => CachedNames.All(api.Admins.List(), o, ct).Select(a => (a.Id, $"{a.Id}: {a.Name} <{a.Email}>")));
    }

    /// <summary>Admin names, for -Name of Get-IntercomAdmin.</summary>
    public sealed class AdminNameCompleter : NameCompleter
    {
        protected override IReadOnlyList<(string Text, string Tooltip)> Names() =>
            CachedNames.Get("admin-names", (api, o, ct) => CachedNames.All(api.Admins.List(), o, ct).Select(a => (a.Name, $"{a.Name} <{a.Email}> (id {a.Id})")));
    }

    /// <summary>Subscription type ids, shown with their names.</summary>
    public sealed class SubscriptionTypeIdCompleter : NameCompleter
    {
        protected override IReadOnlyList<(string Text, string Tooltip)> Names() =>
            CachedNames.Get("subscription-type-ids", (api, o, ct) => CachedNames.All(api.SubscriptionTypes.List(), o, ct).Select(s => (s.Id, $"{s.Id}: {s.Name} ({s.ConsentType})")));
    }

    /// <summary>Data attribute names (all models), for -Name of Get-IntercomDataAttribute.</summary>
    public sealed class DataAttributeNameCompleter : NameCompleter
    {
        protected override IReadOnlyList<(string Text, string Tooltip)> Names() =>
            CachedNames.Get("data-attribute-names", (api, o, ct) => CachedNames.All(api.DataAttributes.List(null, false), o, ct)
                .Select(a => (a.Name, $"{a.FullName ?? a.Name} ({a.Model}, {a.DataType})")));
    }
}
