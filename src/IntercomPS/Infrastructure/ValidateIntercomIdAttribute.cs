using System;
using System.Collections;
using System.Linq;
using System.Management.Automation;

namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// An Intercom id that goes into a URL path: not empty, no whitespace, no slash or backslash, no "." or "..",
    /// no control characters, at most 128 characters. Rejected before any request is sent.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class ValidateIntercomIdAttribute : ValidateArgumentsAttribute
    {
        public const int MaximumLength = 128;

        protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
        {
            var values = arguments is IEnumerable list && !(arguments is string) ? list.Cast<object>() : new[] { arguments };
            foreach (var value in values) Check(PSObjectUnwrap(value) as string ?? Convert.ToString(PSObjectUnwrap(value), System.Globalization.CultureInfo.InvariantCulture));
        }

        public static void Check(string id)
        {
            if (string.IsNullOrEmpty(id))
                throw new ValidationMetadataException("The id is empty. Pass the Intercom id of the object, e.g. from the Id property of what Get-Intercom* returns.");
            if (id.Length > MaximumLength)
                throw new ValidationMetadataException($"The id is {id.Length} characters long; Intercom ids are at most {MaximumLength}.");
            if (id == "." || id == "..")
                throw new ValidationMetadataException($"'{id}' is not an id.");
            var bad = id.FirstOrDefault(c => char.IsWhiteSpace(c) || char.IsControl(c) || c == '/' || c == '\\' || c == '?' || c == '#');
            if (bad != default(char))
                throw new ValidationMetadataException($"The id '{Printable(id)}' contains {Describe(bad)}, which an Intercom id never has.");
        }

        private static object PSObjectUnwrap(object value) => value is PSObject pso ? pso.BaseObject : value;

        private static string Describe(char c) =>
            char.IsWhiteSpace(c) ? "whitespace" : char.IsControl(c) ? "a control character" : $"'{c}'";

        private static string Printable(string id) => new string(id.Select(c => char.IsControl(c) ? '?' : c).ToArray());
    }
}
