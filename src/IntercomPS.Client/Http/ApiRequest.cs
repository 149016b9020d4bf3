using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;

namespace IntercomPS.Client.Http
{
    /// <summary>One API call: method, path relative to the session's base URI (or an absolute URL on the same host), query and body.</summary>
    public sealed class ApiRequest
    {
        public ApiRequest(HttpMethod method, string path)
        {
            Method = method ?? throw new ArgumentNullException(nameof(method));
            Path = path ?? throw new ArgumentNullException(nameof(path));
        }

        public HttpMethod Method { get; }
        public string Path { get; }
        public List<KeyValuePair<string, string>> Query { get; } = new List<KeyValuePair<string, string>>();

        /// <summary>Serialized as JSON; null sends no body. DELETE may carry one (the API needs it).</summary>
        public object Body { get; set; }
        public string Accept { get; set; } = "application/json";

        /// <summary>
        /// True for a POST that only reads (list, search): it may be retried after a 5xx or a lost connection
        /// like a GET. A POST that creates or changes something never is.
        /// </summary>
        public bool IsReadOnly { get; set; }

        /// <summary>
        /// Reads a successful answer's text (the pager's one-pass page reader) straight from its pooled bytes; null
        /// parses it as plain JSON. A JsonException it throws counts as a malformed answer, retried like one.
        /// </summary>
        internal Func<System.IO.TextReader, object> BodyReader { get; set; }

        public ApiRequest WithQuery(string name, object value)
        {
            if (value != null) Query.Add(new KeyValuePair<string, string>(name, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)));
            return this;
        }

        public ApiRequest WithBody(object body)
        {
            Body = body;
            return this;
        }

        public ApiRequest ReadOnly()
        {
            IsReadOnly = true;
            return this;
        }

        /// <summary>
        /// Set when sending the request again cannot help after a failure, however safe its method (a scroll page:
        /// Intercom cannot resume a scroll from a given point). It is then retried only after a 429, and a failure
        /// says this reason.
        /// </summary>
        public string NotRepeatableBecause { get; set; }

        /// <summary>Safe to send again after a 5xx, a timeout or a lost connection.</summary>
        public bool IsRetriableOnFailure => NotRepeatableBecause == null &&
            (Method == HttpMethod.Get || Method == HttpMethod.Put || Method == HttpMethod.Delete || Method == HttpMethod.Head || IsReadOnly);

        public string PathAndQuery
        {
            get
            {
                if (Query.Count == 0) return Path;
                var sb = new StringBuilder(Path);
                sb.Append(Path.Contains("?") ? '&' : '?');
                sb.Append(string.Join("&", Query.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value ?? ""))));
                return sb.ToString();
            }
        }

        /// <summary>Builds a path from a template, escaping each value as one path segment.</summary>
        public static string FormatPath(string template, params string[] segments)
        {
            var escaped = segments.Select(s => (object)Uri.EscapeDataString(s ?? "")).ToArray();
            return string.Format(System.Globalization.CultureInfo.InvariantCulture, template, escaped);
        }
    }
}
