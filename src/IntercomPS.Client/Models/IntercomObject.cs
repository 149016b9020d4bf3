using System.Collections;
using System.Collections.Generic;
using System.Collections.Specialized;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace IntercomPS
{
    /// <summary>
    /// Base of every object the API returns. Fields the model does not know yet (Intercom adds fields) are kept
    /// and reachable through <see cref="AdditionalProperties"/>, never dropped.
    /// </summary>
    public abstract class IntercomObject
    {
#pragma warning disable CS0649 // assigned by the JSON serializer
        [JsonExtensionData]
        private IDictionary<string, JToken> _unknown;
#pragma warning restore CS0649

        private IDictionary _additional;

        /// <summary>Intercom's "type" discriminator, e.g. "tag", "admin".</summary>
        public string Type { get; set; }

        /// <summary>Fields the API sent that this model has no property for, as plain values.</summary>
        [JsonIgnore]
        public IDictionary AdditionalProperties
        {
            get
            {
                if (_additional != null) return _additional;
                var plain = new PlainObject();
                if (_unknown != null)
                    foreach (var pair in _unknown) plain[pair.Key] = Client.IntercomJson.ToPlain(pair.Value);
                return _additional = plain;
            }
        }
    }

    /// <summary>A typed reference to another object: {type, id}.</summary>
    public sealed class Reference : IntercomObject
    {
        public string Id { get; set; }
        public override string ToString() => $"{Type} {Id}";
    }
}
