using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace IntercomPS.Cmdlets
{
    /// <summary>Tab completion for a contact's role: user, lead.</summary>
    public sealed class ContactRoleCompleter : IArgumentCompleter
    {
        private static readonly string[] Roles = { "user", "lead" };

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
            Roles.Where(r => r.StartsWith(wordToComplete ?? "", StringComparison.OrdinalIgnoreCase))
                 .Select(r => new CompletionResult(r, r, CompletionResultType.ParameterValue, r));
    }
}
