using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Client.Http;

namespace IntercomPS.Client
{
    /// <summary>Phone switch: deflects a phone call to the Messenger by texting the caller a link.</summary>
    public sealed class PhoneSwitchApi : ApiResource
    {
        public PhoneSwitchApi(IntercomHttpEngine engine) : base(engine) { }

        /// <summary>
        /// createPhoneSwitch: POST /phone_call_redirects {phone, custom_attributes}. Sends a real SMS. Its 400 and 422
        /// answers are {error_key, message} rather than Intercom's error list (the engine reads both). Intercom's
        /// example answer leaves out the phone, so the one texted is filled in.
        /// </summary>
        public async Task<PhoneSwitch> CreateAsync(string phone, IDictionary<string, object> customAttributes, IRequestObserver observer, CancellationToken ct)
        {
            var body = new Dictionary<string, object> { ["phone"] = phone };
            if (customAttributes != null) body["custom_attributes"] = customAttributes;
            var phoneSwitch = await SendAsync<PhoneSwitch>(Post("phone_call_redirects", body), observer, ct).ConfigureAwait(false);
            phoneSwitch.Phone = phoneSwitch.Phone ?? phone;
            return phoneSwitch;
        }
    }
}
