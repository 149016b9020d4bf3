using System;
using System.Net.Http;

namespace IntercomPS.Client.Paging
{
    /// <summary>What a list operation needs to be paged: the first request, its style and where its items are.</summary>
    public sealed class PagedRequest
    {
        public PagedRequest(HttpMethod method, string path, PagingStyle style, string itemsProperty = "data")
        {
            Method = method;
            Path = path;
            Style = style;
            ItemsProperty = itemsProperty;
        }

        public HttpMethod Method { get; }
        public string Path { get; }
        public PagingStyle Style { get; }

        /// <summary>The array holding the items ("data", "admins", ...). When absent from an answer, "data" is tried.</summary>
        public string ItemsProperty { get; }

        public System.Collections.Generic.List<System.Collections.Generic.KeyValuePair<string, string>> Query { get; } =
            new System.Collections.Generic.List<System.Collections.Generic.KeyValuePair<string, string>>();

        /// <summary>The search body (SearchCursor style), any serializable object; pagination is added to a copy of it.</summary>
        public object Body { get; set; }

        /// <summary>per_page to ask for; null leaves the API's default.</summary>
        public int? PageSize { get; set; }

        public PagedRequest WithQuery(string name, object value)
        {
            if (value != null) Query.Add(new System.Collections.Generic.KeyValuePair<string, string>(name, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)));
            return this;
        }
    }
}
