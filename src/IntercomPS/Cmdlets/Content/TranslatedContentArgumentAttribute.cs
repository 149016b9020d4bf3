using System;
using System.Collections;
using System.Management.Automation;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Lets -TranslatedContent take a hashtable of locales or an object (a PSCustomObject of ConvertFrom-Json), and
    /// refuses at binding a locale whose content is not a set of fields, such as @{ fr = 'Bonjour' }.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property)]
    public sealed class TranslatedContentArgumentAttribute : ArgumentTransformationAttribute
    {
        public override object Transform(EngineIntrinsics engineIntrinsics, object inputData)
        {
            var locales = IsObject(inputData) ? ToHashtable((PSObject)inputData) : Unwrap(inputData) as IDictionary;
            if (locales == null) return inputData;
            foreach (DictionaryEntry locale in locales)
            {
                // "type" is the marker an object read from Intercom carries; a locale may be empty.
                if (locale.Value == null || IsFields(locale.Value) || string.Equals(locale.Key as string, "type", StringComparison.OrdinalIgnoreCase)) continue;
                throw new ArgumentTransformationMetadataException(
                    $"The content of locale '{locale.Key}' is not a set of fields. Give each locale a hashtable, e.g. @{{ {locale.Key} = @{{ title = '...'; body = '...' }} }}.");
            }
            return locales as Hashtable ?? new Hashtable(locales);
        }

        private static bool IsFields(object value) => Unwrap(value) is IDictionary || IsObject(value);

        private static bool IsObject(object value) => value is PSObject pso && pso.BaseObject is PSCustomObject;

        private static object Unwrap(object value) => value is PSObject pso ? pso.BaseObject : value;

        private static Hashtable ToHashtable(PSObject obj)
        {
            var table = new Hashtable(StringComparer.OrdinalIgnoreCase);
            foreach (var property in obj.Properties) table[property.Name] = property.Value;
            return table;
        }
    }
}
