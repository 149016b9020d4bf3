using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace IntercomPS.Client.Paging
{
    /// <summary>One page as read: its items, already converted, and the rest of the answer (pages, total_count...).</summary>
    internal sealed class PageContent<T>
    {
        public PageContent(IReadOnlyList<T> items, JObject envelope)
        {
            Items = items;
            Envelope = envelope;
        }

        public IReadOnlyList<T> Items { get; }
        public JObject Envelope { get; }
    }

    /// <summary>
    /// Reads a page answer in one pass: the items array is deserialized straight from the text into objects
    /// (no intermediate JSON tree, which is where the time of a long listing went); everything else is kept as
    /// a small JSON object for the paging decisions.
    /// </summary>
    internal static class PageReader
    {
        public static PageContent<T> Read<T>(TextReader text, string itemsProperty, Func<JsonReader, T> convert)
        {
            using (var reader = new JsonTextReader(text) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Double })
            {
                if (!reader.Read()) throw new JsonReaderException("The answer is empty.");
                if (reader.TokenType != JsonToken.StartObject)
                {
                    JToken.ReadFrom(reader);
                    EnsureEnd(reader);
                    return new PageContent<T>(Array.Empty<T>(), null);
                }
                var envelope = new JObject();
                List<T> items = null;
                while (reader.Read() && reader.TokenType == JsonToken.PropertyName)
                {
                    var name = (string)reader.Value;
                    if (!reader.Read()) break;
                    if (items == null && name == itemsProperty && reader.TokenType == JsonToken.StartArray)
                    {
                        items = new List<T>();
                        while (reader.Read() && reader.TokenType != JsonToken.EndArray) items.Add(convert(reader));
                        if (reader.TokenType != JsonToken.EndArray) throw new JsonReaderException($"The '{name}' array is not closed.");
                    }
                    else
                    {
                        envelope[name] = JToken.ReadFrom(reader);
                    }
                }
                if (reader.TokenType != JsonToken.EndObject) throw new JsonReaderException("The answer's JSON object is not closed.");
                EnsureEnd(reader);
                return new PageContent<T>(items ?? Fallback(envelope, convert), envelope);
            }
        }

        /// <summary>
        /// The schemas and examples disagree on where items are: "data" instead of the documented array, the
        /// first array of the answer, or (GET /companies?name=) the single object itself.
        /// </summary>
        private static IReadOnlyList<T> Fallback<T>(JObject envelope, Func<JsonReader, T> convert)
        {
            var array = envelope["data"] as JArray ?? envelope.Properties().Select(p => p.Value).OfType<JArray>().FirstOrDefault();
            IEnumerable<JToken> tokens = array != null
                ? array
                : envelope["type"] != null && envelope["id"] != null ? new JToken[] { envelope } : Array.Empty<JToken>();
            return tokens.Select(token =>
            {
                using (var reader = token.CreateReader())
                {
                    reader.Read();
                    return convert(reader);
                }
            }).ToList();
        }

        private static void EnsureEnd(JsonReader reader)
        {
            while (reader.Read())
                if (reader.TokenType != JsonToken.Comment)
                    throw new JsonReaderException("Additional text found after the JSON value.");
        }
    }
}
