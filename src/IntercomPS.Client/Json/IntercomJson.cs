using System;
using System.IO;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace IntercomPS.Client
{
    /// <summary>
    /// The one JSON configuration: snake_case on the wire, PascalCase in .NET, unix seconds as DateTimeOffset,
    /// lenient reading (Intercom omits "required" fields and adds new ones; a field of an unexpected shape is
    /// skipped rather than failing the whole object).
    /// </summary>
    public static class IntercomJson
    {
        public static readonly JsonSerializerSettings Settings = CreateSettings();
        public static readonly JsonSerializer Serializer = JsonSerializer.Create(Settings);

        private static JsonSerializerSettings CreateSettings()
        {
            var settings = new JsonSerializerSettings
            {
                ContractResolver = new DefaultContractResolver { NamingStrategy = new SnakeCaseNamingStrategy { ProcessDictionaryKeys = false } },
                MissingMemberHandling = MissingMemberHandling.Ignore,
                NullValueHandling = NullValueHandling.Include,
                DateParseHandling = DateParseHandling.None,
                FloatParseHandling = FloatParseHandling.Double,
                Error = (sender, args) =>
                {
                    // Leniency: a member whose value has an unexpected shape is left unset; the raw value is still
                    // reachable through the object's AdditionalProperties when it was unknown.
                    if (args.CurrentObject != null && args.ErrorContext.Member != null) args.ErrorContext.Handled = true;
                },
            };
            settings.Converters.Add(new UnixTimeConverter());
            settings.Converters.Add(new PlainDictionaryConverter());
            return settings;
        }

        public static T ToModel<T>(JToken token) => token == null || token.Type == JTokenType.Null ? default(T) : token.ToObject<T>(Serializer);

        public static string Serialize(object body) => JsonConvert.SerializeObject(body, Formatting.None, Settings);

        public static JToken Parse(string text)
        {
            using (var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Double })
            {
                var token = JToken.ReadFrom(reader);
                while (reader.Read())
                {
                    if (reader.TokenType != JsonToken.Comment)
                        throw new JsonReaderException($"Additional text found after the JSON value, at position {reader.LinePosition}.");
                }
                return token;
            }
        }

        /// <summary>Converts a JSON value to plain .NET values (string, long, double, bool, null, ordered dictionaries, object[]).</summary>
        public static object ToPlain(JToken token)
        {
            if (token == null) return null;
            switch (token.Type)
            {
                case JTokenType.Object:
                    var dict = new System.Collections.Specialized.OrderedDictionary(StringComparer.OrdinalIgnoreCase);
                    foreach (var p in ((JObject)token).Properties()) dict[p.Name] = ToPlain(p.Value);
                    return dict;
                case JTokenType.Array:
                    var array = (JArray)token;
                    var items = new object[array.Count];
                    for (var i = 0; i < items.Length; i++) items[i] = ToPlain(array[i]);
                    return items;
                case JTokenType.Null:
                case JTokenType.Undefined:
                    return null;
                default:
                    return ((JValue)token).Value;
            }
        }
    }
}
