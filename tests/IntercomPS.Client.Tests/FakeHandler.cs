using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Client;
using IntercomPS.Client.Http;

namespace IntercomPS.Client.Tests
{
    /// <summary>An HttpMessageHandler that answers from a script and records what it was sent.</summary>
    public sealed class FakeHandler : HttpMessageHandler
    {
        private readonly Queue<Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>> _script = new Queue<Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>>();

        public List<RecordedRequest> Requests { get; } = new List<RecordedRequest>();

        public FakeHandler Respond(int status, string json = null, params (string Name, string Value)[] headers)
        {
            _script.Enqueue((_, _) => Task.FromResult(Response(status, json, headers)));
            return this;
        }

        public FakeHandler Throw(Exception exception)
        {
            _script.Enqueue((_, _) => throw exception);
            return this;
        }

        public FakeHandler Respond(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> answer)
        {
            _script.Enqueue(answer);
            return this;
        }

        public static HttpResponseMessage Response(int status, string body, params (string Name, string Value)[] headers)
        {
            var response = new HttpResponseMessage((HttpStatusCode)status);
            if (body != null) response.Content = new StringContent(body, Encoding.UTF8, body.TrimStart().StartsWith("<") ? "text/html" : "application/json");
            foreach (var (name, value) in headers)
                if (!response.Headers.TryAddWithoutValidation(name, value)) response.Content?.Headers.TryAddWithoutValidation(name, value);
            return response;
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content == null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var h in request.Headers) headers[h.Key] = string.Join(",", h.Value);
            Requests.Add(new RecordedRequest(request.Method.Method, request.RequestUri, body, headers));
            if (_script.Count == 0) throw new InvalidOperationException($"Unexpected request {request.Method} {request.RequestUri}");
            return await _script.Dequeue()(request, cancellationToken);
        }
    }

    public sealed record RecordedRequest(string Method, Uri Uri, string Body, IReadOnlyDictionary<string, string> Headers);

    /// <summary>An engine over a FakeHandler that records its waits instead of sleeping (its clock moves on by each), and what it reported.</summary>
    public sealed class TestEngine : IRequestObserver
    {
        public const string Token = "tok_SECRET_1234567890abcdef";

        public TestEngine(Action<IntercomClientOptions> configure = null)
        {
            var options = new IntercomClientOptions { BaseUri = new Uri("https://api.intercom.io/"), UserAgent = "IntercomPS/test" };
            configure?.Invoke(options);
            Engine = new IntercomHttpEngine(options, () => Token, Handler)
            {
                Delay = (wait, ct) => { Waits.Add(wait); Now += wait; return Task.CompletedTask; },
                Clock = () => Now,
            };
        }

        public FakeHandler Handler { get; } = new FakeHandler();
        public IntercomHttpEngine Engine { get; }
        public List<TimeSpan> Waits { get; } = new List<TimeSpan>();
        public List<string> Messages { get; } = new List<string>();
        public DateTimeOffset Now { get; set; } = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);

        public Task<ApiResponse> SendAsync(ApiRequest request) => Engine.SendAsync(request, this, CancellationToken.None);

        public void Verbose(string message) => Messages.Add(message);
        public void Debug(string message) => Messages.Add(message);
        public void Warning(string message) => Messages.Add(message);
    }
}
