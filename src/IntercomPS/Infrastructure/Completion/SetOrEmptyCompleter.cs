using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Reflection;

namespace IntercomPS.Infrastructure.Completion
{
    /// <summary>
    /// Completes a parameter from the values of its own [ValidateSetOrEmpty], so the list lives in one place.
    /// </summary>
    public sealed class SetOrEmptyCompleter : IArgumentCompleter
    {
        private static readonly ConcurrentDictionary<(string Command, string Parameter), IReadOnlyList<string>> Cache =
            new ConcurrentDictionary<(string, string), IReadOnlyList<string>>();

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var typed = (wordToComplete ?? "").Trim('\'', '"');
            return Cache.GetOrAdd((commandName, parameterName), key => ValuesOf(key.Command, key.Parameter))
                .Where(v => v.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
                .Select(v => new CompletionResult(v, v, CompletionResultType.ParameterValue, v));
        }

        private static IReadOnlyList<string> ValuesOf(string commandName, string parameterName)
        {
            var name = commandName?.Substring(commandName.LastIndexOf('\\') + 1);
            var cmdlet = typeof(SetOrEmptyCompleter).Assembly.GetTypes().FirstOrDefault(t =>
                t.GetCustomAttribute<CmdletAttribute>() is CmdletAttribute c && string.Equals($"{c.VerbName}-{c.NounName}", name, StringComparison.OrdinalIgnoreCase));
            var property = cmdlet?.GetProperties().FirstOrDefault(p =>
                string.Equals(p.Name, parameterName, StringComparison.OrdinalIgnoreCase) ||
                (p.GetCustomAttribute<AliasAttribute>()?.AliasNames.Contains(parameterName, StringComparer.OrdinalIgnoreCase) ?? false));
            return property?.GetCustomAttribute<ValidateSetOrEmptyAttribute>()?.ValidValues ?? Array.Empty<string>();
        }
    }
}
