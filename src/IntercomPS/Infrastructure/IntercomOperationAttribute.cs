using System;

namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// The operationId(s) of the API description a cmdlet implements, per parameter set. A test checks them
    /// against operations.tsv, and build.ps1 -Task Docs writes docs/api-coverage.md from them.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
    public sealed class IntercomOperationAttribute : Attribute
    {
        public IntercomOperationAttribute(string operationId) => OperationId = operationId;

        public string OperationId { get; }

        /// <summary>The parameter set that sends it; null when the cmdlet has one set.</summary>
        public string ParameterSet { get; set; }

        /// <summary>True when the cmdlet sends a variant of an operation another cmdlet owns.</summary>
        public bool AlsoCalls { get; set; }
    }
}
