using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Like ValidateSet, but also lets an empty string through: for parameters fed from Import-Csv, where an empty
    /// cell means "no value" (the cmdlet leaves such a field out). Pair it with an [ArgumentCompleter], since only
    /// ValidateSet gives tab completion for free.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class ValidateSetOrEmptyAttribute : ValidateEnumeratedArgumentsAttribute
    {
        public ValidateSetOrEmptyAttribute(params string[] validValues) => ValidValues = validValues;

        public IReadOnlyList<string> ValidValues { get; }

        protected override void ValidateElement(object element)
        {
            var value = element is PSObject pso ? pso.BaseObject : element;
            if (value == null || (value is string text && (text.Length == 0 || ValidValues.Contains(text, StringComparer.OrdinalIgnoreCase)))) return;
            throw new ValidationMetadataException($"'{value}' is not one of {string.Join(", ", ValidValues)} (or empty).");
        }
    }
}
