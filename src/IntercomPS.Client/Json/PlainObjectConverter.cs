using System;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace IntercomPS.Client
{
    /// <summary>
    /// Members typed <see cref="object"/> (shapes the API does not pin down) read as plain values, like
    /// <see cref="IntercomJson.ToPlain"/>: ordered dictionaries, arrays and scalars, never Newtonsoft tokens, which
    /// PowerShell cannot show or use well (and which live in the module's isolated load context).
    /// </summary>
    public sealed class PlainObjectConverter : JsonConverter
    {
        public override bool CanConvert(Type objectType) => objectType == typeof(object);
        public override bool CanWrite => false;

        public override object ReadJson(JsonReader reader, Type objectType, object existingValue, JsonSerializer serializer) =>
            IntercomJson.ToPlain(JToken.ReadFrom(reader));

        public override void WriteJson(JsonWriter writer, object value, JsonSerializer serializer) => throw new NotSupportedException();
    }
}
