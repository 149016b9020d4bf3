using System;
using System.Collections;
using System.Linq;
using System.Management.Automation;
using System.Security;
using IntercomPS.Client;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    [Cmdlet(VerbsCommunications.Connect, "Intercom", DefaultParameterSetName = RegionSet)]
    [OutputType(typeof(IntercomSession))]
    [IntercomOperation("identifyAdmin", AlsoCalls = true)]
    public sealed class ConnectIntercomCommand : AsyncCmdlet
    {
        private const string RegionSet = "Region";
        private const string BaseUriSet = "BaseUri";

        [Parameter(Position = 0)]
        [Alias("Token")]
        public SecureString AccessToken { get; set; }

        /// <summary>The token as a credential's password (the user name is ignored).</summary>
        [Parameter]
        public PSCredential Credential { get; set; }

        /// <summary>Read the token with SecretManagement's Get-Secret from this secret ...</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string SecretName { get; set; }

        /// <summary>... in this vault (else the default vault).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string VaultName { get; set; }

        [Parameter(ParameterSetName = RegionSet)]
        public IntercomRegion Region { get; set; } = IntercomRegion.US;

        [Parameter(ParameterSetName = BaseUriSet, Mandatory = true)]
        public Uri BaseUri { get; set; }

        [Parameter]
        [ValidatePattern(@"^(\d+\.\d+|Unstable|Preview)$")]
        public string ApiVersion { get; set; } = IntercomClientOptions.DefaultApiVersion;

        [Parameter]
        [ValidateRange(1, 3600)]
        public int TimeoutSec { get; set; } = (int)IntercomClientOptions.DefaultTimeout.TotalSeconds;

        [Parameter]
        [ValidateRange(0, 20)]
        public int MaximumRetryCount { get; set; } = IntercomClientOptions.DefaultMaximumRetryCount;

        [Parameter]
        public SwitchParameter SkipValidation { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void EndProcessing()
        {
            var options = new IntercomClientOptions
            {
                BaseUri = ValidatedBaseUri(),
                ApiVersion = ApiVersion,
                Timeout = TimeSpan.FromSeconds(TimeoutSec),
                MaximumRetryCount = MaximumRetryCount,
                UserAgent = UserAgent(),
            };
            var region = ParameterSetName == RegionSet ? Region : (IntercomRegion?)null;
            var session = new IntercomSession(ResolveToken(), options, region);

            if (!SkipValidation)
            {
                ForItem(null, () => session.Admin = Invoke((observer, ct) => session.Api.Admins.MeAsync(observer, ct)));
                if (session.Admin == null) return; // the error is written; the previous session stays in place
                WarnOnRegionMismatch(session);
            }

            SessionStore.Current = session;
            WriteVerbose($"Connected to {session.BaseUri} as {session.Admin?.Email ?? "(not validated)"}.");
            if (PassThru) WriteObject(session);
        }

        private Uri ValidatedBaseUri()
        {
            if (BaseUri == null) return IntercomRegions.BaseUriOf(Region);
            try
            {
                return IntercomClientOptions.ValidateBaseUri(BaseUri);
            }
            catch (ArgumentException ex)
            {
                ThrowTerminatingError(new ErrorRecord(new ArgumentException($"-BaseUri: {ex.Message}", ex), "InsecureBaseUri", ErrorCategory.InvalidArgument, BaseUri));
                return null;
            }
        }

        private SecureString ResolveToken()
        {
            var given = new[] { AccessToken != null ? "-AccessToken" : null, Credential != null ? "-Credential" : null, SecretName != null ? "-SecretName" : null }
                .Where(n => n != null).ToArray();
            if (given.Length > 1) Fail($"Give the token one way only; {string.Join(" and ", given)} were both given.", "TokenSourceConflict");
            if (VaultName != null && SecretName == null) Fail("-VaultName needs -SecretName: the name of the secret that holds the token.", "SecretNameMissing");
            if (SecretName != null) return VaultSecret.Read(this, SecretName, VaultName);
            if (Credential != null) return NonEmpty(Credential.Password, "-Credential has an empty password; the password is the token.");
            if (AccessToken != null) return NonEmpty(AccessToken, "-AccessToken is empty.");
            foreach (var name in new[] { "INTERCOM_ACCESS_TOKEN", "INTERCOM_API_KEY" })
            {
                var value = Environment.GetEnvironmentVariable(name);
                if (string.IsNullOrWhiteSpace(value)) continue;
                WriteVerbose($"Using the access token from ${name}.");
                return ToSecureString(value.Trim());
            }
            Fail("No access token: pass -AccessToken (a SecureString, e.g. Read-Host -AsSecureString), -Credential, or -SecretName [-VaultName] to read it with SecretManagement; or set $env:INTERCOM_ACCESS_TOKEN or $env:INTERCOM_API_KEY.", "NoAccessToken");
            return null;
        }

        private SecureString NonEmpty(SecureString token, string message)
        {
            if (token.Length == 0) Fail(message, "EmptyAccessToken");
            return token;
        }

        internal static SecureString ToSecureString(string value)
        {
            var token = new SecureString();
            foreach (var c in value) token.AppendChar(c);
            token.MakeReadOnly();
            return token;
        }

        internal void Fail(string message, string errorId, ErrorCategory category = ErrorCategory.InvalidArgument) =>
            ThrowTerminatingError(new ErrorRecord(new ArgumentException(message), errorId, category, null));

        private void WarnOnRegionMismatch(IntercomSession session)
        {
            if (session.Region == null) return;
            var reported = session.Workspace?.Region;
            var workspaceRegion = IntercomRegions.Parse(reported);
            if (workspaceRegion != null && workspaceRegion != session.Region)
                WriteWarning($"The workspace '{session.Workspace.Name}' is hosted in region '{reported}', but you connected with -Region {session.Region}. Reconnect with -Region {workspaceRegion} so its data is reached at its own host.");
        }

        private string UserAgent()
        {
            var version = typeof(ConnectIntercomCommand).Assembly.GetName().Version;
            var psVersion = (SessionState.PSVariable.GetValue("PSVersionTable") as Hashtable)?["PSVersion"];
            return $"IntercomPS/{version.Major}.{version.Minor}.{version.Build} PowerShell/{psVersion}";
        }
    }
}
