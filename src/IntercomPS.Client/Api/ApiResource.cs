using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Client.Http;
using IntercomPS.Client.Paging;

namespace IntercomPS.Client
{
    /// <summary>What every resource shares: the engine, and one-line helpers to call it.</summary>
    public abstract class ApiResource
    {
        protected ApiResource(IntercomHttpEngine engine) => Engine = engine;

        protected IntercomHttpEngine Engine { get; }

        protected static string PathOf(string template, params string[] segments) => ApiRequest.FormatPath(template, segments);

        protected async Task<T> SendAsync<T>(ApiRequest request, IRequestObserver observer, CancellationToken ct) =>
            (await Engine.SendAsync(request, observer, ct).ConfigureAwait(false)).As<T>();

        protected Task SendAsync(ApiRequest request, IRequestObserver observer, CancellationToken ct) =>
            Engine.SendAsync(request, observer, ct);

        protected Pager<T> Page<T>(PagedRequest request) => new Pager<T>(Engine, request);

        protected static ApiRequest Get(string path) => new ApiRequest(HttpMethod.Get, path);
        protected static ApiRequest Post(string path, object body) => new ApiRequest(HttpMethod.Post, path).WithBody(body);
        protected static ApiRequest Put(string path, object body) => new ApiRequest(HttpMethod.Put, path).WithBody(body);
        protected static ApiRequest Delete(string path, object body = null) => new ApiRequest(HttpMethod.Delete, path).WithBody(body);
    }
}
