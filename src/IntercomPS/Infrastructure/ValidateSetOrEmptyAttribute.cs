using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Like ValidateSet, but also lets "no value" through: an empty string (a blank Import-Csv cell, which the cmdlet
    /// leaves out) and $null (which clears the field where the API allows it). Pair it with
    /// [ArgumentCompleter(typeof(SetOrEmptyCompleter))], which completes from these same values, since only
    /// ValidateSet gets tab completion for free.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class ValidateSetOrEmptyAttribute : ValidateArgumentsAttribute
    {
        public ValidateSetOrEmptyAttribute(params string[] validValues) => ValidValues = validValues;

        public IReadOnlyList<string> ValidValues { get; }

        protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
        {
            var value = arguments is PSObject pso ? pso.BaseObject : arguments;
            if (value is IEnumerable many && !(value is string))
            {
                foreach (var element in many) Validate(element, engineIntrinsics);
                return;
            }
            if (value == null || (value is string text && (text.Length == 0 || ValidValues.Contains(text, StringComparer.OrdinalIgnoreCase)))) return;
            throw new ValidationMetadataException($"'{value}' is not one of {string.Join(", ", ValidValues)} (or empty).");
        }
    }
}
