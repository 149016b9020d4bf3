using System;

namespace IntercomPS
{
    /// <summary>A note an admin wrote about a contact.</summary>
    public sealed class Note : IntercomObject
    {
        public string Id { get; set; }
        public DateTimeOffset? CreatedAt { get; set; }
        /// <summary>The contact the note is about.</summary>
        public Reference Contact { get; set; }
        /// <summary>The admin who wrote it.</summary>
        public Admin Author { get; set; }
        /// <summary>The text, as HTML (Intercom wraps plain text in &lt;p&gt;).</summary>
        public string Body { get; set; }
        public override string ToString() => Body;
    }
}
