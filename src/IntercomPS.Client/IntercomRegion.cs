using System;

namespace IntercomPS.Client
{
    /// <summary>The Intercom data-hosting regions and their API hosts.</summary>
    public enum IntercomRegion
    {
        US,
        EU,
        AU,
    }

    public static class IntercomRegions
    {
        public static Uri BaseUriOf(IntercomRegion region)
        {
            switch (region)
            {
                case IntercomRegion.US: return new Uri("https://api.intercom.io/");
                case IntercomRegion.EU: return new Uri("https://api.eu.intercom.io/");
                case IntercomRegion.AU: return new Uri("https://api.au.intercom.io/");
                default: throw new ArgumentOutOfRangeException(nameof(region), region, "Unknown Intercom region.");
            }
        }

        /// <summary>
        /// Maps the free-text region that GET /me reports for a workspace ("US", "Europe", "Australia", ...)
        /// to a region, or null when it is not recognised.
        /// </summary>
        public static IntercomRegion? Parse(string workspaceRegion)
        {
            if (string.IsNullOrWhiteSpace(workspaceRegion)) return null;
            var r = workspaceRegion.Trim().ToUpperInvariant();
            if (r == "US" || r.StartsWith("UNITED STATES", StringComparison.Ordinal)) return IntercomRegion.US;
            if (r == "EU" || r.StartsWith("EUROPE", StringComparison.Ordinal) || r == "IE") return IntercomRegion.EU;
            if (r == "AU" || r.StartsWith("AUSTRALIA", StringComparison.Ordinal)) return IntercomRegion.AU;
            return null;
        }
    }
}
