using System;
using System.Management.Automation;
using IntercomPS.Client;

namespace IntercomPS.Infrastructure
{
    /// <summary>The one translation of client failures into PowerShell error records.</summary>
    internal static class ErrorMapping
    {
        public static ErrorRecord ToErrorRecord(Exception exception, object target)
        {
            switch (exception)
            {
                case IntercomApiException api:
                    var record = new ErrorRecord(api, api.ErrorCode ?? $"HttpStatus{api.StatusCode}", CategoryOf(api.StatusCode), target);
                    record.ErrorDetails = new ErrorDetails(api.Message) { RecommendedAction = Advice(api) };
                    return record;
                case IntercomTransportException transport:
                    return new ErrorRecord(transport, "ConnectionFailed", ErrorCategory.ConnectionError, target);
                case IntercomResponseFormatException format:
                    return new ErrorRecord(format, "InvalidResponse", ErrorCategory.InvalidResult, target);
                case ArgumentException argument:
                    return new ErrorRecord(argument, "InvalidArgument", ErrorCategory.InvalidArgument, target);
                case InvalidOperationException invalid:
                    return new ErrorRecord(invalid, "InvalidOperation", ErrorCategory.InvalidOperation, target);
                default:
                    return new ErrorRecord(exception, exception.GetType().Name, ErrorCategory.NotSpecified, target);
            }
        }

        public static ErrorCategory CategoryOf(int status)
        {
            switch (status)
            {
                case 400:
                case 422: return ErrorCategory.InvalidArgument;
                case 401: return ErrorCategory.AuthenticationError;
                case 403: return ErrorCategory.PermissionDenied;
                case 404: return ErrorCategory.ObjectNotFound;
                case 409: return ErrorCategory.ResourceExists;
                case 429: return ErrorCategory.LimitsExceeded;
                default: return status >= 500 ? ErrorCategory.ResourceUnavailable : ErrorCategory.NotSpecified;
            }
        }

        /// <summary>A 401 stops the whole command: every further item would fail the same way.</summary>
        public static bool IsTerminating(Exception exception) => exception is IntercomApiException api && api.StatusCode == 401;

        private static string Advice(IntercomApiException api)
        {
            switch (api.StatusCode)
            {
                case 401: return "Check the access token, then run Connect-Intercom again.";
                case 403: return "The token's app lacks the permission (scope) this call needs; add it in the Intercom Developer Hub.";
                case 404: return "Check the id; list the objects with the matching Get-Intercom* cmdlet.";
                case 429: return "The rate limit was exceeded; try again later or with fewer requests.";
                default: return api.RequestId == null ? null : $"Quote request id {api.RequestId} to Intercom support if the problem persists.";
            }
        }
    }
}
