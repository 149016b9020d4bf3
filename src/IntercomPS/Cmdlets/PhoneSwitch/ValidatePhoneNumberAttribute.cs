using System;
using System.Management.Automation;
using System.Text.RegularExpressions;

namespace IntercomPS.Cmdlets
{
    /// <summary>A phone number in E.164 form: a plus, the country code and the number, 7 to 15 digits in all.</summary>
    [AttributeUsage(AttributeTargets.Property)]
    public sealed class ValidatePhoneNumberAttribute : ValidateArgumentsAttribute
    {
        private static readonly Regex E164 = new Regex(@"^\+[1-9][0-9]{6,14}$", RegexOptions.CultureInvariant);

        protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
        {
            var text = arguments as string;
            if (text == null || !E164.IsMatch(text))
                throw new ValidationMetadataException($"'{arguments}' is not a phone number in E.164 form, such as +353832345678.");
        }
    }
}
