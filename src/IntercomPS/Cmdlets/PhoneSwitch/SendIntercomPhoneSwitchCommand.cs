using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Deflects a phone call to the Messenger: Intercom texts the number a link to it. A real SMS is sent, hence
    /// ConfirmImpact High. Custom attributes are written to the user or lead with that number.
    /// </summary>
    [Cmdlet(VerbsCommunications.Send, "IntercomPhoneSwitch", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(PhoneSwitch))]
    [IntercomOperation("createPhoneSwitch")]
    public sealed class SendIntercomPhoneSwitchCommand : IntercomCmdlet
    {
        /// <summary>The number to text, in E.164 form (+ and the country code); piped contacts bind by their Phone.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidatePhoneNumber]
        public string Phone { get; set; }

        /// <summary>Data attributes to set on the user or lead with that number.</summary>
        [Parameter]
        [Alias("CustomAttributes")]
        public Hashtable CustomAttribute { get; set; }

        protected override void ProcessRecord()
        {
            if (!ShouldProcess(Phone, "Text a link to the Messenger")) return;
            var attributes = CustomAttribute == null ? null : (IDictionary<string, object>)PlainValue.FromPowerShell(CustomAttribute);
            ForItem(Phone, () => WriteObject(Invoke((o, ct) => Api.PhoneSwitch.CreateAsync(Phone, attributes, o, ct))));
        }
    }
}
