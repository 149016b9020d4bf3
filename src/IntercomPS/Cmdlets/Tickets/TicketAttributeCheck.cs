using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Checks ticket attribute values against their ticket type before a ticket is created: every name is an
    /// attribute of the type (and not archived), every value has the attribute's data type, a list value is the id
    /// of one of its options, and every attribute required to create is given.
    /// </summary>
    internal static class TicketAttributeCheck
    {
        /// <summary>What is wrong, one line per attribute; empty when the values fit the type.</summary>
        public static IReadOnlyList<string> Problems(TicketType type, IDictionary<string, object> values)
        {
            var attributes = type.TicketTypeAttributes ?? new ValueList<TicketTypeAttribute>();
            var problems = new List<string>();
            foreach (var pair in values)
            {
                var attribute = attributes.FirstOrDefault(a => a.Name == pair.Key);
                if (attribute == null) problems.Add(Unknown(pair.Key, attributes));
                else if (attribute.Archived == true) problems.Add($"'{pair.Key}' is archived; it can no longer be set.");
                else if (pair.Value != null && TypeProblem(attribute, pair.Value) is string problem) problems.Add($"'{pair.Key}' {problem}");
            }
            foreach (var attribute in attributes.Where(a => a.RequiredToCreate == true && a.Archived != true))
            {
                if (!values.TryGetValue(attribute.Name, out var value) || value == null)
                    problems.Add($"'{attribute.Name}' is required to create a ticket of this type.");
            }
            return problems;
        }

        private static string Unknown(string name, IReadOnlyList<TicketTypeAttribute> attributes)
        {
            var sameButCase = attributes.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));
            if (sameButCase != null) return $"'{name}' is not an attribute of this type: names are case-sensitive; did you mean '{sameButCase.Name}'?";
            var known = attributes.Where(a => a.Archived != true).Select(a => a.Name);
            return $"'{name}' is not an attribute of this type; it has {string.Join(", ", known)}.";
        }

        private static string TypeProblem(TicketTypeAttribute attribute, object value)
        {
            switch (attribute.DataType)
            {
                case "string":
                    return value is string ? null : Expected("text", value);
                case "list":
                    return value is string id ? ListProblem(attribute, id) : Expected("the id of a list option", value);
                case "integer":
                    return IsInteger(value) ? null : Expected("an integer", value);
                case "decimal":
                    return IsInteger(value) || value is double || value is float || value is decimal ? null : Expected("a number", value);
                case "boolean":
                    return value is bool ? null : Expected("$true or $false", value);
                case "datetime":
                    return value is DateTimeOffset || IsInteger(value) ? null : Expected("a date (or unix seconds)", value);
                case "files":
                    return value is IList ? null : Expected("a list of files", value);
                default:
                    return null; // a data type newer than this module: Intercom will say.
            }
        }

        /// <summary>
        /// The spec leaves input_options undescribed; Intercom lists a list attribute's choices as
        /// input_options.list_options [{id, label, archived}]. When they cannot be read, any text is let through.
        /// </summary>
        private static string ListProblem(TicketTypeAttribute attribute, string value)
        {
            var options = ListOptions(attribute);
            if (options.Count == 0 || options.Any(o => o.Id == value)) return null;
            var byLabel = options.FirstOrDefault(o => string.Equals(o.Label, value, StringComparison.OrdinalIgnoreCase));
            if (byLabel.Id != null) return $"takes the id of a list option, not its label: use '{byLabel.Id}' for '{byLabel.Label}'.";
            return $"has no option '{value}'; its options are {string.Join(", ", options.Select(o => $"'{o.Id}' ({o.Label})"))}.";
        }

        private static List<(string Id, string Label)> ListOptions(TicketTypeAttribute attribute)
        {
            var options = new List<(string, string)>();
            if (attribute.InputOptions?["list_options"] is IEnumerable list)
            {
                foreach (var option in list.OfType<IDictionary>())
                    if (!(option["archived"] is true) && option["id"] != null) options.Add((Convert.ToString(option["id"], System.Globalization.CultureInfo.InvariantCulture), option["label"] as string));
            }
            return options;
        }

        private static bool IsInteger(object value) =>
            value is int || value is long || value is short || value is byte || value is sbyte || value is uint || value is ushort || value is ulong;

        private static string Expected(string what, object value) => $"takes {what}, not {value} ({value.GetType().Name}).";
    }
}
