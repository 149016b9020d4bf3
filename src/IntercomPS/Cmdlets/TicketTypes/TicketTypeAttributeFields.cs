using System.Collections.Generic;

namespace IntercomPS.Cmdlets
{
    /// <summary>The writable fields of a ticket type attribute, shared by New- and Set-IntercomTicketTypeAttribute.</summary>
    internal static class TicketTypeAttributeFields
    {
        public static readonly (string Parameter, string Field)[] Writable =
        {
            ("Name", "name"), ("Description", "description"), ("RequiredToCreate", "required_to_create"),
            ("RequiredToCreateForContacts", "required_to_create_for_contacts"), ("VisibleOnCreate", "visible_on_create"),
            ("VisibleToContacts", "visible_to_contacts"), ("Multiline", "multiline"), ("ListItem", "list_items"),
            ("AllowMultipleValues", "allow_multiple_values"),
        };

        /// <summary>The list items go out as one comma-separated string, as the API takes them.</summary>
        public static Dictionary<string, object> WithListItemsJoined(Dictionary<string, object> body, string[] items)
        {
            if (items != null) body["list_items"] = string.Join(",", items);
            return body;
        }
    }
}
