using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Shared by New- and Set-IntercomContact: the writable contact fields that never bind from the pipeline, and the
    /// map of every writable field's parameter to its JSON name.
    /// </summary>
    public abstract class ContactFieldsCmdlet : Infrastructure.IntercomCmdlet
    {
        protected static readonly (string Parameter, string Field)[] Fields =
        {
            ("Role", "role"),
            ("ExternalId", "external_id"),
            ("Email", "email"),
            ("Phone", "phone"),
            ("Name", "name"),
            ("Avatar", "avatar"),
            ("SignedUpAt", "signed_up_at"),
            ("LastSeenAt", "last_seen_at"),
            ("OwnerId", "owner_id"),
            ("UnsubscribedFromEmails", "unsubscribed_from_emails"),
            ("CustomAttribute", "custom_attributes"),
        };

        /// <summary>URL of an image.</summary>
        [Parameter]
        public string Avatar { get; set; }

        [Parameter]
        public DateTimeOffset? SignedUpAt { get; set; }

        [Parameter]
        public DateTimeOffset? LastSeenAt { get; set; }

        /// <summary>The id of the admin who owns the contact.</summary>
        [Parameter]
        public long? OwnerId { get; set; }

        [Parameter]
        public bool? UnsubscribedFromEmails { get; set; }

        /// <summary>Custom data attributes by name; each must exist in the workspace. A $null value clears one.</summary>
        [Parameter]
        [Alias("CustomAttributes")]
        public Hashtable CustomAttribute { get; set; }

        /// <summary>The wire value of role is lower case; PowerShell's validation lets "User" through as typed.</summary>
        protected static Dictionary<string, object> Normalized(Dictionary<string, object> body)
        {
            if (body.TryGetValue("role", out var role) && role is string text) body["role"] = text.ToLowerInvariant();
            return body;
        }
    }
}
