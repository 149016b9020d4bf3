using System;
using System.Collections;

namespace IntercomPS
{
    /// <summary>A help center of the workspace; it holds collections, which hold sections and articles.</summary>
    public sealed class HelpCenter : IntercomObject
    {
        public string Id { get; set; }
        public string WorkspaceId { get; set; }
        public DateTimeOffset? CreatedAt { get; set; }
        public DateTimeOffset? UpdatedAt { get; set; }
        /// <summary>The help center's part of its URL.</summary>
        public string Identifier { get; set; }
        public bool? WebsiteTurnedOn { get; set; }
        /// <summary>The name teammates see.</summary>
        public string DisplayName { get; set; }
        public string Url { get; set; }
        public string CustomDomain { get; set; }
        public override string ToString() => DisplayName ?? Identifier ?? Id;
    }

    /// <summary>A collection of a help center, or a section (a collection with a parent collection).</summary>
    public sealed class HelpCenterCollection : IntercomObject
    {
        public string Id { get; set; }
        public string WorkspaceId { get; set; }
        /// <summary>Name and description are those of the default language.</summary>
        public string Name { get; set; }
        public string Description { get; set; }
        public DateTimeOffset? CreatedAt { get; set; }
        public DateTimeOffset? UpdatedAt { get; set; }
        public string Url { get; set; }
        public string Icon { get; set; }
        /// <summary>The place among its siblings, from 0.</summary>
        public long? Order { get; set; }
        /// <summary>Only sent for multilingual help centers.</summary>
        public string DefaultLocale { get; set; }
        /// <summary>The name and description per locale: {fr = {name, description}}.</summary>
        public Hashtable TranslatedContent { get; set; }
        /// <summary>The parent collection of a section; none for a top-level collection.</summary>
        public string ParentId { get; set; }
        public long? HelpCenterId { get; set; }
        public override string ToString() => Name ?? Id;
    }
}
