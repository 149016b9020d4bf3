using System;
using System.Collections;
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
            if (AccessToken != null && AccessToken.Length > 0) return AccessToken;
            foreach (var name in new[] { "INTERCOM_ACCESS_TOKEN", "INTERCOM_API_KEY" })
            {
                var value = Environment.GetEnvironmentVariable(name);
                if (string.IsNullOrWhiteSpace(value)) continue;
                WriteVerbose($"Using the access token from ${name}.");
                var token = new SecureString();
                foreach (var c in value.Trim()) token.AppendChar(c);
                return token;
            }
            const string message = "No access token: pass -AccessToken (a SecureString, e.g. Read-Host -AsSecureString), or set $env:INTERCOM_ACCESS_TOKEN or $env:INTERCOM_API_KEY.";
            ThrowTerminatingError(new ErrorRecord(new ArgumentException(message, nameof(AccessToken)), "NoAccessToken", ErrorCategory.InvalidArgument, null));
            return null;
        }

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
