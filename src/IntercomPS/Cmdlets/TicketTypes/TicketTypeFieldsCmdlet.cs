using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Shared by New- and Set-IntercomTicketType: the writable fields of a ticket type (-Name is declared by each, as it
    /// is mandatory only to create), and the body of the bound ones.
    /// </summary>
    public abstract class TicketTypeFieldsCmdlet : IntercomCmdlet
    {
        protected static readonly (string Parameter, string Field)[] Fields =
        {
            ("Name", "name"), ("Description", "description"), ("Category", "category"), ("Icon", "icon"), ("IsInternal", "is_internal"),
        };

        private static readonly string[] Categories = { "Customer", "Back-office", "Tracker" };

        [Parameter]
        public string Description { get; set; }

        [Parameter]
        [ValidateSet("Customer", "Back-office", "Tracker")]
        public string Category { get; set; }

        /// <summary>An emoji; Intercom's default is a ticket.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string Icon { get; set; }

        /// <summary>Whether its tickets are for internal use only (a limited attribute).</summary>
        [Parameter]
        public bool IsInternal { get; set; }

        /// <summary>The bound fields, the category in the API's spelling (PowerShell's validation lets "customer" through as typed).</summary>
        protected Dictionary<string, object> TicketTypeBody(params (string Parameter, string Field)[] more)
        {
            var body = BoundBody(Fields.Concat(more).ToArray());
            if (body.TryGetValue("category", out var category) && category is string text)
                body["category"] = Categories.First(c => c.Equals(text, StringComparison.OrdinalIgnoreCase));
            return body;
        }
    }
}
