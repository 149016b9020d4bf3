using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace IntercomPS.Client.Http
{
    /// <summary>A successful answer: status, headers and the parsed JSON body (null when there was none).</summary>
    public sealed class ApiResponse
    {
        public ApiResponse(int statusCode, IReadOnlyDictionary<string, string> headers, object content, string text)
        {
            StatusCode = statusCode;
            Headers = headers;
            Content = content;
            Json = content as JToken;
            Text = text;
        }

        /// <summary>What the request's body reader made of the answer (the parsed JSON unless it had its own).</summary>
        public object Content { get; }

        public int StatusCode { get; }
        public IReadOnlyDictionary<string, string> Headers { get; }
        public JToken Json { get; }
        public string Text { get; }

        public T As<T>() => Json == null || Json.Type == JTokenType.Null ? default(T) : IntercomJson.ToModel<T>(Json);

        public static IReadOnlyDictionary<string, string> CollectHeaders(System.Net.Http.HttpResponseMessage response)
        {
            var all = response.Headers.AsEnumerable();
            if (response.Content != null) all = all.Concat(response.Content.Headers);
            var dict = new Dictionary<string, string>(System.StringComparer.OrdinalIgnoreCase);
            foreach (var h in all) dict[h.Key] = string.Join(",", h.Value);
            return dict;
        }
    }
}
