using System;
using System.Globalization;
using System.Management.Automation;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Lets a DateTimeOffset? parameter take what CSV files and other APIs carry: unix seconds (as a number or as
    /// digits) and blank cells (no value). Anything else is left to PowerShell's usual conversion.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property)]
    public sealed class TimestampArgumentAttribute : ArgumentTransformationAttribute
    {
        public override object Transform(EngineIntrinsics engineIntrinsics, object inputData)
        {
            var value = inputData is PSObject pso ? pso.BaseObject : inputData;
            switch (value)
            {
                case string text when string.IsNullOrWhiteSpace(text):
                    return null;
                case string text when long.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds):
                    return DateTimeOffset.FromUnixTimeSeconds(seconds);
                case int seconds:
                    return DateTimeOffset.FromUnixTimeSeconds(seconds);
                case long seconds:
                    return DateTimeOffset.FromUnixTimeSeconds(seconds);
                case double seconds:
                    return DateTimeOffset.FromUnixTimeSeconds((long)seconds);
                default:
                    return inputData;
            }
        }
    }
}
