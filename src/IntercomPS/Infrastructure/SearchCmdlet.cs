using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Shared by the Search- cmdlets: the query comes from -Filter (PowerShell-style text, translated by
    /// <see cref="SearchFilter"/>) or -Query (Intercom's own query tree as a hashtable). Either is checked before
    /// the session is even looked at, so a bad query fails before any request.
    /// </summary>
    public abstract class SearchCmdlet : IntercomCmdlet
    {
        protected const string FilterSet = "Filter";
        protected const string QuerySet = "Query";

        private static readonly string[] QueryKeys = { "field", "operator", "value" };
        private static readonly string[] Comparisons = { "=", "!=", "IN", "NIN", "<", "<=", ">", ">=", "~", "!~", "^", "$" };

        /// <summary>e.g. "email -like '*@acme.com' -and last_seen_at -gt '2026-01-01'".</summary>
        [Parameter(ParameterSetName = FilterSet, Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Filter { get; set; }

        /// <summary>A hashtable (or PSCustomObject) in Intercom's query shape: {field, operator, value} or {operator: AND|OR, value: [...]}.</summary>
        [Parameter(ParameterSetName = QuerySet, Mandatory = true)]
        [ValidateNotNull]
        public object Query { get; set; }

        /// <summary>The query to send as search_request.query: plain dictionaries, lists and scalars.</summary>
        protected object SearchQuery { get; private set; }

        protected override void BeginProcessing()
        {
            SearchQuery = ParameterSetName == FilterSet ? FromFilter() : FromQuery();
            base.BeginProcessing();
        }

        private object FromFilter()
        {
            try
            {
                return SearchFilter.Translate(Filter);
            }
            catch (FilterException ex)
            {
                ThrowTerminatingError(new ErrorRecord(ex, "InvalidFilter", ErrorCategory.InvalidArgument, Filter));
                return null;
            }
        }

        private object FromQuery()
        {
            var query = PlainValue.FromPowerShell(Query);
            // A whole search_request (@{ query = @{...} }) is accepted too.
            if (query is Dictionary<string, object> request && request.Count == 1 && request.Keys.Single().Equals("query", StringComparison.OrdinalIgnoreCase))
                query = request.Values.Single();
            var problem = Check(query, "-Query");
            if (problem != null)
            {
                ThrowTerminatingError(new ErrorRecord(
                    new ArgumentException($"{problem} A query is @{{ field = 'email'; operator = '='; value = 'a@example.com' }}, or @{{ operator = 'AND'; value = @( <queries> ) }}.", nameof(Query)),
                    "InvalidQuery", ErrorCategory.InvalidArgument, Query));
            }
            return query;
        }

        /// <summary>Checks one node of the query tree (and lower-cases its own keys); the problem found, or null.</summary>
        private static string Check(object node, string where)
        {
            if (!(node is Dictionary<string, object> map)) return $"{where} must be a hashtable, not {(node == null ? "null" : node.GetType().Name)}.";
            foreach (var key in map.Keys.ToList())
            {
                var known = QueryKeys.FirstOrDefault(k => k.Equals(key, StringComparison.OrdinalIgnoreCase));
                if (known == null) return $"{where} has the key '{key}'; a query node has only field, operator and value.";
                if (known == key) continue;
                map[known] = map[key];
                map.Remove(key);
            }
            if (!map.TryGetValue("operator", out var op) || !(op is string text) || text.Length == 0) return $"{where} needs an operator.";
            if (text.Equals("AND", StringComparison.OrdinalIgnoreCase) || text.Equals("OR", StringComparison.OrdinalIgnoreCase))
            {
                map["operator"] = text.ToUpperInvariant();
                if (map.ContainsKey("field")) return $"{where} combines queries with {text}, so it takes no field.";
                if (!map.TryGetValue("value", out var parts) || !(parts is IList list) || list.Count == 0)
                    return $"{where} ({text}) needs a value that is a list of queries.";
                for (var i = 0; i < list.Count; i++)
                {
                    var problem = Check(list[i], $"{where} value[{i}]");
                    if (problem != null) return problem;
                }
                return null;
            }
            var comparison = Comparisons.FirstOrDefault(c => c.Equals(text, StringComparison.OrdinalIgnoreCase));
            if (comparison == null) return $"{where} has the operator '{text}'; use one of {string.Join(" ", Comparisons)}, or AND / OR.";
            map["operator"] = comparison;
            if (!map.TryGetValue("field", out var field) || !(field is string name) || name.Length == 0)
                return $"{where} compares with '{text}', so it needs a field.";
            if (!map.ContainsKey("value")) return $"{where} ({name} {text}) needs a value (it may be null).";
            return null;
        }
    }
}
