using System;
using System.Linq;
using System.Management.Automation;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// One of the API's values (in any case), or no value: null or empty, as a piped object's property holds it when
    /// the field is unset (JSON null, a blank CSV cell). ValidateSetOrEmpty refuses null, which ConvertFrom-Json gives.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property)]
    public sealed class ValidateWireValueAttribute : ValidateArgumentsAttribute
    {
        private readonly string[] _values;

        public ValidateWireValueAttribute(params string[] values) => _values = values;

        protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
        {
            var value = arguments is PSObject pso ? pso.BaseObject : arguments;
            if (value == null || value is string text && (text.Length == 0 || _values.Contains(text, StringComparer.OrdinalIgnoreCase))) return;
            throw new ValidationMetadataException($"'{value}' is not one of {string.Join(", ", _values)}.");
        }
    }
}
