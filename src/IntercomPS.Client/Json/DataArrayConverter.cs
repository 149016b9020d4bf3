using System;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace IntercomPS.Client
{
    /// <summary>
    /// Reads a list Intercom wraps as {"type": "list", "data": [...]} into a plain array (a bare array works too),
    /// for members where the wrapper carries nothing else worth keeping (social profiles).
    /// </summary>
    public sealed class DataArrayConverter : JsonConverter
    {
        public override bool CanConvert(Type objectType) => objectType.IsArray;
        public override bool CanWrite => false;

        public override object ReadJson(JsonReader reader, Type objectType, object existingValue, JsonSerializer serializer)
        {
            var token = JToken.ReadFrom(reader);
            var array = token as JArray ?? (token as JObject)?["data"] as JArray;
            return array?.ToObject(objectType, serializer);
        }

        public override void WriteJson(JsonWriter writer, object value, JsonSerializer serializer) => throw new NotSupportedException();
    }
}
