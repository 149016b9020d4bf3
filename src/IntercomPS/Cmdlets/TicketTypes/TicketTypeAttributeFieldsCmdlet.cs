using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Shared by New- and Set-IntercomTicketTypeAttribute: the optional writable fields of an attribute (name and
    /// description are declared by each, as they are mandatory only to create), and the body of the bound ones.
    /// </summary>
    public abstract class TicketTypeAttributeFieldsCmdlet : IntercomCmdlet
    {
        protected static readonly (string Parameter, string Field)[] Fields =
        {
            ("Name", "name"), ("Description", "description"), ("RequiredToCreate", "required_to_create"),
            ("RequiredToCreateForContacts", "required_to_create_for_contacts"), ("VisibleOnCreate", "visible_on_create"),
            ("VisibleToContacts", "visible_to_contacts"), ("Multiline", "multiline"), ("ListItem", "list_items"),
            ("AllowMultipleValues", "allow_multiple_values"),
        };

        /// <summary>The choices of a list attribute; no comma, as the API takes them as one comma-separated string.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ValidatePattern("^[^,]+$")]
        [Alias("ListItems")]
        public string[] ListItem { get; set; }

        [Parameter]
        public bool RequiredToCreate { get; set; }

        [Parameter]
        public bool RequiredToCreateForContacts { get; set; }

        [Parameter]
        public bool VisibleOnCreate { get; set; }

        [Parameter]
        public bool VisibleToContacts { get; set; }

        /// <summary>Several lines of text (string attributes only).</summary>
        [Parameter]
        public bool Multiline { get; set; }

        /// <summary>Several files (files attributes only).</summary>
        [Parameter]
        public bool AllowMultipleValues { get; set; }

        /// <summary>The bound fields, the list items joined with commas.</summary>
        protected Dictionary<string, object> AttributeBody(params (string Parameter, string Field)[] more)
        {
            var body = BoundBody(Fields.Concat(more).ToArray());
            if (ListItem != null) body["list_items"] = string.Join(",", ListItem);
            return body;
        }
    }
}
