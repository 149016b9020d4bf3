using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Specialized;
using System.Globalization;
using System.Linq;

namespace IntercomPS
{
    /// <summary>
    /// The collections output objects carry. They behave as lists and dictionaries, and their ToString() is
    /// a readable flat text ("a; b", "plan=pro; seats=10"), which is what Export-Csv and Format-Table show,
    /// instead of "System.String[]".
    /// </summary>
    public sealed class ValueList<T> : List<T>
    {
        public ValueList() { }
        public ValueList(IEnumerable<T> items) : base(items) { }
        public override string ToString() => FlatText.Join(this.Cast<object>());
    }

    /// <summary>A free-form object (custom attributes, metadata): a case-insensitive Hashtable with a flat ToString().</summary>
    [Serializable]
    public sealed class AttributeTable : Hashtable
    {
        public AttributeTable() : base(StringComparer.OrdinalIgnoreCase) { }
        public override string ToString() => FlatText.Pairs(Keys.Cast<object>().OrderBy(k => k.ToString(), StringComparer.OrdinalIgnoreCase).Select(k => (k.ToString(), this[k])));
    }

    /// <summary>A nested object the model does not know, in the order the API sent its fields, with a flat ToString().</summary>
    [Serializable]
    public sealed class PlainObject : OrderedDictionary
    {
        public PlainObject() : base(StringComparer.OrdinalIgnoreCase) { }
        public override string ToString() => FlatText.Pairs(Keys.Cast<object>().Select(k => (k.ToString(), this[k])));
    }

    internal static class FlatText
    {
        public static string Join(IEnumerable<object> items) => string.Join("; ", items.Select(Text));

        public static string Pairs(IEnumerable<(string Key, object Value)> pairs) => string.Join("; ", pairs.Select(p => $"{p.Key}={Text(p.Value)}"));

        private static string Text(object value)
        {
            switch (value)
            {
                case null: return "";
                case string s: return s;
                case IFormattable f: return f.ToString(null, CultureInfo.InvariantCulture);
                case IDictionary _: return "{" + value + "}";
                case IEnumerable list: return "[" + string.Join(", ", list.Cast<object>().Select(Text)) + "]";
                default: return value.ToString();
            }
        }
    }
}
