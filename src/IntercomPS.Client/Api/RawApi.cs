using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Client.Http;
using IntercomPS.Client.Paging;

namespace IntercomPS.Client
{
    /// <summary>Any call, for Invoke-IntercomRequest: results are plain values (ordered dictionaries, arrays, scalars).</summary>
    public sealed class RawApi : ApiResource
    {
        public RawApi(IntercomHttpEngine engine) : base(engine) { }

        public async Task<object> InvokeAsync(ApiRequest request, IRequestObserver observer, CancellationToken ct)
        {
            if (request.Body is string json) request.Body = IntercomJson.Parse(json);
            var response = await Engine.SendAsync(request, observer, ct).ConfigureAwait(false);
            return response.Json == null ? (object)(string.IsNullOrEmpty(response.Text) ? null : response.Text) : IntercomJson.ToPlain(response.Json);
        }

        /// <summary>Pages through a list, following whatever pages.next the answers carry.</summary>
        public Pager<object> Page(HttpMethod method, string path, PagingStyle style, object body, System.Collections.Generic.IEnumerable<System.Collections.Generic.KeyValuePair<string, string>> query)
        {
            var request = new PagedRequest(method, path, style) { Body = body is string json ? IntercomJson.Parse(json) : body };
            request.Query.AddRange(query);
            return new Pager<object>(Engine, request, reader => IntercomJson.ToPlain(Newtonsoft.Json.Linq.JToken.ReadFrom(reader)));
        }
    }
}
