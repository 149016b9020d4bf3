using System;
using System.Collections.Generic;
using System.Linq;

namespace IntercomPS.Cmdlets
{
    /// <summary>The writable fields of a ticket type, shared by New- and Set-IntercomTicketType.</summary>
    internal static class TicketTypeFields
    {
        public static readonly (string Parameter, string Field)[] Writable =
        {
            ("Name", "name"), ("Description", "description"), ("Category", "category"), ("Icon", "icon"), ("IsInternal", "is_internal"),
        };

        private static readonly string[] Categories = { "Customer", "Back-office", "Tracker" };

        /// <summary>The category in the API's spelling: PowerShell's validation lets "customer" through as typed.</summary>
        public static Dictionary<string, object> Normalized(Dictionary<string, object> body)
        {
            if (body.TryGetValue("category", out var category) && category is string text)
                body["category"] = Categories.First(c => c.Equals(text, StringComparison.OrdinalIgnoreCase));
            return body;
        }
    }
}
