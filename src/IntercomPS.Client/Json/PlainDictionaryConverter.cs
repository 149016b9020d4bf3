using System;
using System.Collections;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace IntercomPS.Client
{
    /// <summary>Free-form objects (metadata, custom attributes) typed Hashtable become AttributeTables of plain values.</summary>
    public sealed class PlainDictionaryConverter : JsonConverter
    {
        public override bool CanConvert(Type objectType) => objectType == typeof(Hashtable);
        public override bool CanWrite => false;

        public override object ReadJson(JsonReader reader, Type objectType, object existingValue, JsonSerializer serializer)
        {
            var token = JToken.ReadFrom(reader);
            if (!(token is JObject obj)) return null;
            var table = new AttributeTable();
            foreach (var p in obj.Properties()) table[p.Name] = IntercomJson.ToPlain(p.Value);
            return table;
        }

        public override void WriteJson(JsonWriter writer, object value, JsonSerializer serializer) => throw new NotSupportedException();
    }
}
