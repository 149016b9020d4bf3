using System;
using System.Globalization;
using Newtonsoft.Json;

namespace IntercomPS.Client
{
    /// <summary>Intercom timestamps are unix seconds (sometimes as strings, sometimes ISO 8601): read all, write seconds.</summary>
    public sealed class UnixTimeConverter : JsonConverter
    {
        public override bool CanConvert(Type objectType) => objectType == typeof(DateTimeOffset) || objectType == typeof(DateTimeOffset?);

        public override object ReadJson(JsonReader reader, Type objectType, object existingValue, JsonSerializer serializer)
        {
            switch (reader.TokenType)
            {
                case JsonToken.Null:
                    return null;
                case JsonToken.Integer:
                    return FromSeconds(Convert.ToInt64(reader.Value, CultureInfo.InvariantCulture));
                case JsonToken.Float:
                    return FromSeconds((long)Convert.ToDouble(reader.Value, CultureInfo.InvariantCulture));
                case JsonToken.String:
                    var text = (string)reader.Value;
                    if (string.IsNullOrWhiteSpace(text)) return null;
                    if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)) return FromSeconds(seconds);
                    if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)) return date;
                    throw new JsonSerializationException($"'{text}' is not a unix timestamp or a date.");
                case JsonToken.Date:
                    return reader.Value is DateTimeOffset dto ? dto : new DateTimeOffset((DateTime)reader.Value);
                default:
                    throw new JsonSerializationException($"Unexpected {reader.TokenType} for a timestamp.");
            }
        }

        public override void WriteJson(JsonWriter writer, object value, JsonSerializer serializer)
        {
            if (value == null) writer.WriteNull();
            else writer.WriteValue(((DateTimeOffset)value).ToUnixTimeSeconds());
        }

        private static DateTimeOffset FromSeconds(long seconds) => DateTimeOffset.FromUnixTimeSeconds(seconds);
    }
}
