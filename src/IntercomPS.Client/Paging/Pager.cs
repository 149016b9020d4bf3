using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Client.Http;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace IntercomPS.Client.Paging
{
    /// <summary>
    /// The one pager: fetches a list page by page in every style of the API, one request per call to
    /// <see cref="NextPageAsync"/>, so the caller can stream items and stop fetching whenever it likes.
    /// </summary>
    public sealed class Pager<T>
    {
        private readonly IntercomHttpEngine _engine;
        private readonly PagedRequest _first;
        private ApiRequest _next;
        private int _page = 1;

        private readonly Func<JsonReader, T> _convert;

        /// <param name="convert">Reads one item at the reader's position; by default the model deserializer.</param>
        public Pager(IntercomHttpEngine engine, PagedRequest first, Func<JsonReader, T> convert = null)
        {
            _engine = engine ?? throw new ArgumentNullException(nameof(engine));
            _first = first ?? throw new ArgumentNullException(nameof(first));
            _convert = convert ?? (reader => IntercomJson.Serializer.Deserialize<T>(reader));
            _next = FirstRequest();
        }

        /// <summary>total_count of the first answer, when the API gave one.</summary>
        public long? TotalCount { get; private set; }

        public int RequestCount { get; private set; }

        public bool IsFinished => _next == null;

        /// <summary>The next page of items, or null when the list is exhausted.</summary>
        public async Task<IReadOnlyList<T>> NextPageAsync(IRequestObserver observer, CancellationToken cancellationToken)
        {
            if (_next == null) return null;
            var response = await _engine.SendAsync(_next, observer, cancellationToken).ConfigureAwait(false);
            RequestCount++;
            if (!(response.Content is PageContent<T> page) || page.Envelope == null)
            {
                _next = null;
                return Array.Empty<T>();
            }
            if (TotalCount == null && page.Envelope["total_count"] is JValue total && total.Type == JTokenType.Integer) TotalCount = total.Value<long>();
            _next = FollowUp(page.Envelope, page.Items.Count);
            return page.Items;
        }

        private ApiRequest FirstRequest()
        {
            var request = NewRequest(_first.Method, _first.Path);
            switch (_first.Style)
            {
                case PagingStyle.PageNumber:
                    request.WithQuery("page", 1).WithQuery("per_page", _first.PageSize);
                    break;
                case PagingStyle.SearchCursor:
                    request.WithBody(SearchBody(null));
                    break;
                case PagingStyle.Cursor:
                case PagingStyle.NextUrl:
                case PagingStyle.PagesResponseOnly:
                case PagingStyle.Scroll:
                    request.WithQuery("per_page", _first.PageSize);
                    request.Body = _first.Body;
                    break;
            }
            return request;
        }

        private ApiRequest FollowUp(JObject json, int itemCount)
        {
            var pages = json["pages"] as JObject;
            var next = pages?["next"];
            switch (_first.Style)
            {
                case PagingStyle.None:
                    return null;
                case PagingStyle.Scroll:
                    var scroll = (string)json["scroll_param"];
                    if (itemCount == 0 || string.IsNullOrEmpty(scroll)) return null;
                    var continuation = NewRequest(_first.Method, _first.Path).WithQuery("scroll_param", scroll);
                    continuation.NotRepeatableBecause = ScrollCannotResume;
                    return continuation;
                case PagingStyle.PageNumber:
                    var totalPages = (int?)pages?["total_pages"];
                    var lastPage = totalPages != null
                        ? _page >= totalPages.Value
                        : itemCount == 0 || (_first.PageSize != null && itemCount < _first.PageSize);
                    if (lastPage) return null;
                    _page++;
                    return NewRequest(_first.Method, _first.Path).WithQuery("page", _page).WithQuery("per_page", _first.PageSize ?? (int?)pages?["per_page"]);
                case PagingStyle.SearchCursor:
                    var after = StartingAfter(next);
                    return after == null ? null : NewRequest(_first.Method, _first.Path).WithBody(SearchBody(after));
                default:
                    return FollowNext(next);
            }
        }

        // Intercom: after a failure "you will need to restart your scroll query: it is not possible to continue
        // from a specific point when using scroll".
        internal const string ScrollCannotResume =
            "Intercom cannot resume a scroll after a failure. Run the command again to start a new scroll (the failed one holds the workspace's only scroll until it expires, about a minute).";

        /// <summary>pages.next is null, a {starting_after} object, or a URL: the schemas disagree, so accept all three.</summary>
        private ApiRequest FollowNext(JToken next)
        {
            if (next == null || next.Type == JTokenType.Null) return null;
            if (next.Type == JTokenType.String)
            {
                var url = (string)next;
                if (string.IsNullOrEmpty(url)) return null;
                return new ApiRequest(HttpMethod.Get, url) { BodyReader = text => PageReader.Read(text, _first.ItemsProperty, _convert) };
            }
            var after = StartingAfter(next);
            if (after == null) return null;
            var cursor = NewRequest(_first.Method, _first.Path);
            cursor.Query.RemoveAll(q => q.Key == "per_page");
            return cursor.WithQuery("per_page", _first.PageSize ?? (int?)next["per_page"]).WithQuery("starting_after", after);
        }

        private static string StartingAfter(JToken next) =>
            next is JObject obj ? (string)obj["starting_after"] is string s && s.Length > 0 ? s : null : null;

        private JObject SearchBody(string startingAfter)
        {
            var body = _first.Body == null ? new JObject() : JObject.FromObject(_first.Body, IntercomJson.Serializer);
            var pagination = new JObject();
            if (_first.PageSize != null) pagination["per_page"] = _first.PageSize.Value;
            if (startingAfter != null) pagination["starting_after"] = startingAfter;
            if (pagination.HasValues) body["pagination"] = pagination;
            return body;
        }

        private ApiRequest NewRequest(HttpMethod method, string path)
        {
            var request = new ApiRequest(method, path) { BodyReader = text => PageReader.Read(text, _first.ItemsProperty, _convert) };
            request.Query.AddRange(_first.Query);
            // Listing is reading, whatever the verb: a POST list or search may be retried like a GET.
            request.IsReadOnly = true;
            return request;
        }
    }
}
