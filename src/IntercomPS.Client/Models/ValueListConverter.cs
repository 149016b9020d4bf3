using System;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace IntercomPS.Client
{
    /// <summary>
    /// Reads a list the API wraps in an object ({"type": "contact.list", "contacts": [...]}) into a ValueList&lt;T&gt;
    /// (which prints flat, unlike an array). When the named array is absent, "data" is read: the schemas and the
    /// examples disagree on it (ticket_type_attributes). A stand-in for the shared EmbeddedListConverter, which reads
    /// into arrays and one name only; once it does both, the ticket models use it and this file goes.
    /// </summary>
    public sealed class ValueListConverter : JsonConverter
    {
        private readonly string _itemsProperty;

        public ValueListConverter(string itemsProperty) => _itemsProperty = itemsProperty;

        public override bool CanConvert(Type objectType) => objectType.IsGenericType && objectType.GetGenericTypeDefinition() == typeof(ValueList<>);
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
