using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Shared by New- and Set-IntercomTicket: a ticket's attributes, given as a hashtable and through -Title and
    /// -Description (its _default_title_ and _default_description_), sent as one ticket_attributes object.
    /// </summary>
    public abstract class TicketAttributesCmdlet : ThrottledCmdlet
    {
        /// <summary>Attribute values by attribute name; a list attribute takes the id of one of its options.</summary>
        [Parameter]
        [Alias("TicketAttributes")]
        public Hashtable TicketAttribute { get; set; }

        /// <summary>The title (the _default_title_ attribute).</summary>
        [Parameter]
        public string Title { get; set; }

        /// <summary>The description (the _default_description_ attribute).</summary>
        [Parameter]
        public string Description { get; set; }

        /// <summary>
        /// The ticket_attributes to send, or null when none was given. Dates become DateTimeOffset, which goes out as
        /// unix seconds. Giving the title or description twice is refused before any request.
        /// </summary>
        protected Dictionary<string, object> TicketAttributesBody()
        {
            var body = TicketAttribute == null ? new Dictionary<string, object>() : (Dictionary<string, object>)PlainValue.FromPowerShell(TicketAttribute);
            foreach (var key in new List<string>(body.Keys))
                if (body[key] is DateTime date) body[key] = new DateTimeOffset(date);
            AddBound(body, nameof(Title), Ticket.TitleAttribute);
            AddBound(body, nameof(Description), Ticket.DescriptionAttribute);
            return body.Count == 0 ? null : body;
        }

        private void AddBound(Dictionary<string, object> body, string parameter, string attribute)
        {
            if (!MyInvocation.BoundParameters.TryGetValue(parameter, out var value)) return;
            if (body.ContainsKey(attribute))
            {
                ThrowInvalidArgument($"-{parameter} and -TicketAttribute['{attribute}'] both set the {parameter.ToLowerInvariant()}; give it once.", "DuplicateTicketAttribute", attribute, parameter);
            }
            body[attribute] = value;
        }
    }
}
