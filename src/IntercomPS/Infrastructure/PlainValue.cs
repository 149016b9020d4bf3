using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Moves free-form values across the boundary to the client: PowerShell's wrappers off on the way in
    /// (hashtables, PSCustomObjects, arrays), PSCustomObjects on the way out (like ConvertFrom-Json).
    /// </summary>
    internal static class PlainValue
    {
        public static object FromPowerShell(object value)
        {
            if (value is PSObject pso)
            {
                if (pso.BaseObject is PSCustomObject)
                    return pso.Properties.ToDictionary(p => p.Name, p => FromPowerShell(p.Value));
                value = pso.BaseObject;
            }
            switch (value)
            {
                case null: return null;
                case string _: return value;
                case IDictionary dictionary:
                    var result = new Dictionary<string, object>();
                    foreach (DictionaryEntry entry in dictionary) result[entry.Key.ToString()] = FromPowerShell(entry.Value);
                    return result;
                case IEnumerable list:
                    return list.Cast<object>().Select(FromPowerShell).ToList();
                default:
                    return value;
            }
        }

        public static object ToPowerShell(object value)
        {
            switch (value)
            {
                case IDictionary dictionary:
                    var obj = new PSObject();
                    foreach (DictionaryEntry entry in dictionary) obj.Properties.Add(new PSNoteProperty(entry.Key.ToString(), ToPowerShell(entry.Value)));
                    return obj;
                case IList list:
                    return list.Cast<object>().Select(ToPowerShell).ToArray();
                default:
                    return value;
            }
        }
    }
}
