using System;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace IntercomPS.Client
{
    /// <summary>
    /// Reads a list the API wraps in an object ({"type": "tag.list", "tags": [...]}) as a plain array of its items.
    /// A bare array is read as is; any other shape gives null. Social profiles ({"type": "list", "data": [...]}) use it too.
    /// </summary>
    public sealed class EmbeddedListConverter : JsonConverter
    {
        private readonly string _itemsProperty;

        public EmbeddedListConverter(string itemsProperty) => _itemsProperty = itemsProperty;

        public override bool CanConvert(Type objectType) => objectType.IsArray;
        public override bool CanWrite => false;

        public override object ReadJson(JsonReader reader, Type objectType, object existingValue, JsonSerializer serializer)
        {
            var token = JToken.ReadFrom(reader);
            var items = token as JArray ?? (token as JObject)?[_itemsProperty] as JArray;
            if (items == null) return null;
            var elementType = objectType.GetElementType();
            var array = Array.CreateInstance(elementType, items.Count);
            foreach (var (item, index) in items.Select((item, index) => (item, index)))
                array.SetValue(item.ToObject(elementType, serializer), index);
            return array;
        }

        public override void WriteJson(JsonWriter writer, object value, JsonSerializer serializer) => throw new NotSupportedException();
    }
}
