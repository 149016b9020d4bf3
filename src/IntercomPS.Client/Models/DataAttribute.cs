using System;

namespace IntercomPS
{
    /// <summary>A standard or custom attribute of contacts, companies or conversations. Only custom ones have an Id.</summary>
    public sealed class DataAttribute : IntercomObject
    {
        public string Id { get; set; }
        /// <summary>contact, company or conversation.</summary>
        public string Model { get; set; }
        public string Name { get; set; }
        /// <summary>The attribute's path on its object, e.g. custom_attributes.plan or plan.name.</summary>
        public string FullName { get; set; }
        public string Label { get; set; }
        public string Description { get; set; }
        public string DataType { get; set; }
        public string[] Options { get; set; }
        public bool? ApiWritable { get; set; }
        public bool? MessengerWritable { get; set; }
        public bool? UiWritable { get; set; }
        public bool? Custom { get; set; }
        public bool? Archived { get; set; }
        public string AdminId { get; set; }
        public DateTimeOffset? CreatedAt { get; set; }
        public DateTimeOffset? UpdatedAt { get; set; }
        public override string ToString() => FullName ?? Name;
    }
}
