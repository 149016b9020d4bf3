using System;
using System.Collections;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace IntercomPS.Client
{
    /// <summary>
    /// Reads a list the API wraps in an object ({"type": "tag.list", "tags": [...]}) as the member's array or list
    /// type. When the named property is absent, "data" is tried: schemas and examples disagree on it
    /// (ticket_type_attributes). A bare array is read as is; any other shape gives null.
    /// </summary>
    public sealed class EmbeddedListConverter : JsonConverter
    {
        private readonly string _itemsProperty;

        public EmbeddedListConverter(string itemsProperty) => _itemsProperty = itemsProperty;

        public override bool CanConvert(Type objectType) => typeof(IList).IsAssignableFrom(objectType);
        public override bool CanWrite => false;

        public override object ReadJson(JsonReader reader, Type objectType, object existingValue, JsonSerializer serializer)
        {
            var token = JToken.ReadFrom(reader);
            var wrapper = token as JObject;
            var items = token as JArray ?? wrapper?[_itemsProperty] as JArray ?? wrapper?["data"] as JArray;
            return items?.ToObject(objectType, serializer);
        }

        public override void WriteJson(JsonWriter writer, object value, JsonSerializer serializer) => throw new NotSupportedException();
    }
}
