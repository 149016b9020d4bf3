using System;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace IntercomPS.Client
{
    /// <summary>
    /// Reads a list the API wraps in an object ({"type": "tag.list", "tags": [...]}) as a plain list of its items,
    /// into an array or a ValueList&lt;T&gt; (which prints flat). A bare array is read as is. When the named array is
    /// absent, "data" is read: the schemas and the examples disagree on it (ticket_type_attributes, social
    /// profiles). Any other shape gives null.
    /// </summary>
    public sealed class EmbeddedListConverter : JsonConverter
    {
        private readonly string _itemsProperty;

        public EmbeddedListConverter(string itemsProperty) => _itemsProperty = itemsProperty;

        public override bool CanConvert(Type objectType) =>
            objectType.IsArray || objectType.IsGenericType && objectType.GetGenericTypeDefinition() == typeof(ValueList<>);

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
