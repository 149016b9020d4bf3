using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Tab completion from a fixed list of wire values, for parameters that also take a blank value from piped objects
    /// (ValidateWireValue), which get no completion of their own.
    /// </summary>
    public abstract class WireValueCompleter : IArgumentCompleter
    {
        protected abstract string[] Values { get; }

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
            Values.Where(v => v.StartsWith((wordToComplete ?? "").Trim('\'', '"'), StringComparison.OrdinalIgnoreCase))
                  .Select(v => new CompletionResult(v, v, CompletionResultType.ParameterValue, v));
    }
}
