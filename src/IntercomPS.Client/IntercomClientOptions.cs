using System;

namespace IntercomPS.Client
{
    /// <summary>Connection settings of one session. Defaults are documented in about_IntercomPS and pinned by tests.</summary>
    public sealed class IntercomClientOptions
    {
        public const string DefaultApiVersion = "2.11";
        public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);
        public const int DefaultMaximumRetryCount = 4;
        public static readonly TimeSpan DefaultMaximumRetryWait = TimeSpan.FromSeconds(60);

        public Uri BaseUri { get; set; } = IntercomRegions.BaseUriOf(IntercomRegion.US);
        public string ApiVersion { get; set; } = DefaultApiVersion;

        /// <summary>How long one attempt may take before it is abandoned.</summary>
        public TimeSpan Timeout { get; set; } = DefaultTimeout;

        /// <summary>Retries after the first attempt, for throttling and transient failures.</summary>
        public int MaximumRetryCount { get; set; } = DefaultMaximumRetryCount;

        /// <summary>The longest single wait between attempts; a longer Retry-After is capped to it.</summary>
        public TimeSpan MaximumRetryWait { get; set; } = DefaultMaximumRetryWait;

        /// <summary>Product token sent in User-Agent, e.g. "IntercomPS/0.1.0 PowerShell/7.6.9".</summary>
        public string UserAgent { get; set; } = "IntercomPS";

        /// <summary>
        /// Refuses a base URI that would send the token in clear text: only https, or http to a loopback host.
        /// </summary>
        public static Uri ValidateBaseUri(Uri baseUri)
        {
            if (baseUri == null) throw new ArgumentNullException(nameof(baseUri));
            if (!baseUri.IsAbsoluteUri)
                throw new ArgumentException($"BaseUri '{baseUri}' must be an absolute URI such as https://api.intercom.io/.");
            var secure = baseUri.Scheme == Uri.UriSchemeHttps;
            var loopbackHttp = baseUri.Scheme == Uri.UriSchemeHttp && baseUri.IsLoopback;
            if (!secure && !loopbackHttp)
                throw new ArgumentException(
                    $"BaseUri '{baseUri.GetLeftPart(UriPartial.Authority)}' is not HTTPS. Only https:// URIs, or http:// to a loopback address (127.0.0.1, localhost, [::1]), are allowed, so the token is never sent in clear text.");
            var text = baseUri.GetLeftPart(UriPartial.Path);
            return new Uri(text.EndsWith("/", StringComparison.Ordinal) ? text : text + "/");
        }
    }
}
