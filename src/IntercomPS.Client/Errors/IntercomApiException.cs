using System;
using System.Collections.Generic;
using System.Linq;

namespace IntercomPS.Client
{
    /// <summary>
    /// An error answer from the Intercom API (or from whatever stood in front of it), with everything a script
    /// needs to react: the HTTP status, Intercom's error code, its request id and the raw body.
    /// </summary>
    public class IntercomApiException : Exception
    {
        public IntercomApiException(
            int statusCode, string method, string path, IReadOnlyList<IntercomError> errors,
            string requestId, string rawBody, string fallbackMessage = null, string note = null)
            : base(Describe(statusCode, method, path, errors, requestId, fallbackMessage) + note)
        {
            StatusCode = statusCode;
            Method = method;
            Path = path;
            Errors = errors ?? Array.Empty<IntercomError>();
            RequestId = requestId;
            RawBody = rawBody;
        }

        public int StatusCode { get; }
        public string Method { get; }
        /// <summary>The request path and query (never the host's credentials).</summary>
        public string Path { get; }
        public IReadOnlyList<IntercomError> Errors { get; }
        /// <summary>Intercom's first error code, e.g. "not_found"; null when the body was not an Intercom error.</summary>
        public string ErrorCode => Errors.FirstOrDefault()?.Code;
        public string Field => Errors.FirstOrDefault()?.Field;
        public string RequestId { get; }
        public string RawBody { get; }

        private static string Describe(int status, string method, string path, IReadOnlyList<IntercomError> errors, string requestId, string fallback)
        {
            var what = errors != null && errors.Count > 0
                ? string.Join("; ", errors.Select(e => e.ToString()))
                : fallback ?? "the response carried no Intercom error details";
            var id = string.IsNullOrEmpty(requestId) ? "" : $" Request id: {requestId}.";
            return $"Intercom answered {status} to {method} {path}: {what.TrimEnd('.')}.{id}";
        }
    }

    /// <summary>The request never got an answer: timeout, connection failure, or retries exhausted on them.</summary>
    public class IntercomTransportException : Exception
    {
        public IntercomTransportException(string message, Exception inner) : base(message, inner) { }
    }

    /// <summary>An answer arrived but was not the JSON it should be (a proxy's HTML page, a truncated body).</summary>
    public class IntercomResponseFormatException : Exception
    {
        public IntercomResponseFormatException(int statusCode, string method, string path, string excerpt, Exception inner)
            : base($"Intercom answered {statusCode} to {method} {path} with a body that is not valid JSON: {inner?.Message} Body starts: \"{excerpt}\"", inner)
        {
            StatusCode = statusCode;
            Excerpt = excerpt;
        }

        public int StatusCode { get; }
        public string Excerpt { get; }
    }
}
