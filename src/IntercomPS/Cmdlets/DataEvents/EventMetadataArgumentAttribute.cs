using System;
using System.Collections;
using System.Management.Automation;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Lets -Metadata take a hashtable, an object (a PSCustomObject, e.g. from ConvertFrom-Json), or the JSON text of
    /// an object, as a Metadata column of Import-Csv holds it; a blank value means no metadata.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property)]
    public sealed class EventMetadataArgumentAttribute : ArgumentTransformationAttribute
    {
        public override object Transform(EngineIntrinsics engineIntrinsics, object inputData)
        {
            var value = inputData is PSObject pso ? pso.BaseObject : inputData;
            switch (value)
            {
                case string text when string.IsNullOrWhiteSpace(text):
                    return null;
                case string text when text.TrimStart().StartsWith("{", StringComparison.Ordinal):
                    var parsed = engineIntrinsics.InvokeCommand.InvokeScript("ConvertFrom-Json -InputObject $args[0]", text);
                    return parsed.Count == 1 ? ToHashtable(parsed[0]) : inputData;
                case PSCustomObject _:
                    return ToHashtable((PSObject)inputData);
                default:
                    return inputData;
            }
        }

        private static Hashtable ToHashtable(PSObject obj)
        {
            var table = new Hashtable(StringComparer.OrdinalIgnoreCase);
            foreach (var property in obj.Properties) table[property.Name] = property.Value;
            return table;
        }
    }
}
