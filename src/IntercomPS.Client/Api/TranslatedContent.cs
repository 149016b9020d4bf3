using System.Collections.Generic;
using System.Linq;

namespace IntercomPS.Client
{
    /// <summary>
    /// translated_content as the API takes it: {type: "{kind}_translated_content", fr: {type: "{kind}_content", ...}}.
    /// The type markers are set and what Intercom only reports about a locale (created_at, updated_at, url) is left
    /// out, so an object's own translated content can be sent back as it was read.
    /// </summary>
    internal static class TranslatedContent
    {
        private static readonly string[] ReportedOnly = { "type", "created_at", "updated_at", "url" };

        /// <summary>A copy of the body with its translated_content in the wire shape (kind: article or group).</summary>
        public static IDictionary<string, object> InBody(IDictionary<string, object> body, string kind)
        {
            if (!body.TryGetValue("translated_content", out var value) || !(value is IDictionary<string, object> locales)) return body;
            var wire = new Dictionary<string, object> { ["type"] = kind + "_translated_content" };
            foreach (var locale in locales)
            {
                // Skips the "type" marker read with the object, and locales without content.
                if (!(locale.Value is IDictionary<string, object> content)) continue;
                var fields = new Dictionary<string, object> { ["type"] = kind + "_content" };
                foreach (var field in content.Where(f => !ReportedOnly.Contains(f.Key))) fields[field.Key] = field.Value;
                wire[locale.Key] = fields;
            }
            return new Dictionary<string, object>(body) { ["translated_content"] = wire };
        }
    }
}
