using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Client.Http;
using Newtonsoft.Json.Linq;

namespace IntercomPS.Client
{
    /// <summary>Phone switch: deflects a phone call to the Messenger by texting the caller a link.</summary>
    public sealed class PhoneSwitchApi : ApiResource
    {
        public PhoneSwitchApi(IntercomHttpEngine engine) : base(engine) { }

        /// <summary>
        /// createPhoneSwitch: POST /phone_call_redirects {phone, custom_attributes}. Sends a real SMS. Its 400 and 422
        /// answers are {error_key, message} rather than Intercom's error list; they are read as one error. Intercom's
        /// example answer leaves out the phone, so the one texted is filled in.
        /// </summary>
        public async Task<PhoneSwitch> CreateAsync(string phone, IDictionary<string, object> customAttributes, IRequestObserver observer, CancellationToken ct)
        {
            var body = new Dictionary<string, object> { ["phone"] = phone };
            if (customAttributes != null) body["custom_attributes"] = customAttributes;
            try
            {
                var phoneSwitch = await SendAsync<PhoneSwitch>(Post("phone_call_redirects", body), observer, ct).ConfigureAwait(false);
                phoneSwitch.Phone = phoneSwitch.Phone ?? phone;
                return phoneSwitch;
            }
            catch (IntercomApiException ex) when (ex.ErrorCode == null && ErrorKeyOf(ex.RawBody) is JObject error)
            {
                var errors = new[] { new IntercomError((string)error["error_key"], (string)error["message"] ?? (string)error["error_key"], null) };
                throw new IntercomApiException(ex.StatusCode, ex.Method, ex.Path, errors, ex.RequestId, ex.RawBody);
            }
        }

        private static JObject ErrorKeyOf(string body)
        {
            try
            {
                return IntercomJson.Parse(body ?? "") is JObject json && json["error_key"] != null ? json : null;
            }
            catch (Newtonsoft.Json.JsonException)
            {
                return null;
            }
        }
    }
}
