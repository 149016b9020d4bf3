using System;
using System.Net.Http;
using System.Runtime.InteropServices;
using System.Security;
using IntercomPS.Client.Http;

namespace IntercomPS.Client
{
    /// <summary>
    /// One connection to one Intercom workspace: the token (kept as a SecureString, shown only masked), the
    /// region or base URI, the API version, the admin and workspace from GET /me, and the rate-limit figures
    /// last seen. Everything a cmdlet calls goes through <see cref="Api"/>.
    /// </summary>
    public sealed class IntercomSession
    {
        private readonly SecureString _token;
        private readonly string _maskedToken;

        public IntercomSession(SecureString token, IntercomClientOptions options, IntercomRegion? region, HttpMessageHandler handler = null)
        {
            if (token == null || token.Length == 0) throw new ArgumentException("The access token is empty.", nameof(token));
            _token = token.Copy();
            _token.MakeReadOnly();
            _maskedToken = Mask(token);
            Region = region;
            Engine = new IntercomHttpEngine(options ?? throw new ArgumentNullException(nameof(options)), ReadToken, handler);
            Api = new IntercomApi(Engine);
        }

        /// <summary>The region chosen at connect time; null when a custom BaseUri was given.</summary>
        public IntercomRegion? Region { get; }
        public Uri BaseUri => Engine.Options.BaseUri;
        public string ApiVersion => Engine.Options.ApiVersion;
        public TimeSpan Timeout => Engine.Options.Timeout;
        public int MaximumRetryCount => Engine.Options.MaximumRetryCount;

        /// <summary>The admin the token belongs to; null when the session was opened with -SkipValidation.</summary>
        public AdminWithApp Admin { get; set; }
        public Workspace Workspace => Admin?.App;
        public RateLimitState RateLimit => Engine.RateLimit;

        /// <summary>The token, masked: never more than its last four characters.</summary>
        public string AccessToken => _maskedToken;

        public DateTimeOffset ConnectedAt { get; } = DateTimeOffset.Now;

        internal IntercomHttpEngine Engine { get; }
        internal IntercomApi Api { get; }

        public override string ToString() => $"Intercom {Workspace?.Name ?? BaseUri.Host} ({Region?.ToString() ?? BaseUri.ToString()})";

        private string ReadToken()
        {
            var pointer = IntPtr.Zero;
            try
            {
                pointer = Marshal.SecureStringToGlobalAllocUnicode(_token);
                return Marshal.PtrToStringUni(pointer);
            }
            finally
            {
                if (pointer != IntPtr.Zero) Marshal.ZeroFreeGlobalAllocUnicode(pointer);
            }
        }

        private static string Mask(SecureString token)
        {
            var pointer = IntPtr.Zero;
            try
            {
                pointer = Marshal.SecureStringToGlobalAllocUnicode(token);
                var plain = Marshal.PtrToStringUni(pointer);
                return plain.Length >= 16 ? "********" + plain.Substring(plain.Length - 4) : "********";
            }
            finally
            {
                if (pointer != IntPtr.Zero) Marshal.ZeroFreeGlobalAllocUnicode(pointer);
            }
        }
    }
}
