using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace IntercomPS.Client.Http
{
    /// <summary>
    /// The one HTTP pipeline every call goes through: headers, auth (only ever to the session's own host),
    /// per-attempt timeout, retries, redirects, rate-limit bookkeeping, error mapping and request logging.
    /// </summary>
    public sealed class IntercomHttpEngine
    {
        private const int MaximumRedirects = 5;
        private const int ExcerptLength = 200;
        private const int DebugExcerptLength = 4000;

        private readonly HttpClient _http;
        private readonly Func<string> _token;
        private readonly object _randomGate = new object();
        private readonly Random _random = new Random();

        public IntercomHttpEngine(IntercomClientOptions options, Func<string> tokenProvider, HttpMessageHandler handler = null)
        {
            Options = options ?? throw new ArgumentNullException(nameof(options));
            _token = tokenProvider ?? throw new ArgumentNullException(nameof(tokenProvider));
            _http = handler == null ? HttpClientSource.Create() : new HttpClient(handler, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };
        }

        public IntercomClientOptions Options { get; }
        public RateLimitState RateLimit { get; } = new RateLimitState();

        /// <summary>Replaceable so tests need not sleep through backoff.</summary>
        public Func<TimeSpan, CancellationToken, Task> Delay { get; set; } = Task.Delay;
        public Func<DateTimeOffset> Clock { get; set; } = () => DateTimeOffset.UtcNow;

        public Task<ApiResponse> SendAsync(ApiRequest request, IRequestObserver observer, CancellationToken cancellationToken) =>
            SendCoreAsync(request, null, null, observer, cancellationToken);

        /// <summary>
        /// Streams a successful answer's body into <paramref name="destination"/> as bytes (an export's gzipped
        /// CSV), with the same auth, retries and errors as every call. The timeout covers the wait for the answer,
        /// not the transfer; a retried download starts the destination over, so it must be seekable.
        /// </summary>
        public async Task DownloadAsync(ApiRequest request, Stream destination, IRequestObserver observer, CancellationToken cancellationToken, IProgress<long> progress = null)
        {
            if (destination == null) throw new ArgumentNullException(nameof(destination));
            await SendCoreAsync(request, destination, progress, observer, cancellationToken).ConfigureAwait(false);
        }

        private async Task<ApiResponse> SendCoreAsync(ApiRequest request, Stream download, IProgress<long> progress, IRequestObserver observer, CancellationToken cancellationToken)
        {
            observer = observer ?? NullRequestObserver.Instance;
            var target = Resolve(request.PathAndQuery);
            var json = request.Body == null ? null : IntercomJson.Serialize(request.Body); // once, however many attempts
            for (var retry = 0; ; retry++)
            {
                var canRetry = retry < Options.MaximumRetryCount;
                Attempt attempt;
                try
                {
                    await PaceAsync(observer, cancellationToken).ConfigureAwait(false);
                    try
                    {
                        if (download != null && retry > 0 && download.CanSeek) download.SetLength(0);
                        attempt = await SendOnceAsync(request, json, target, observer, cancellationToken, download, progress).ConfigureAwait(false);
                    }
                    finally
                    {
                        RateLimit.RequestEnded();
                    }
                }
                catch (IntercomTransportException failure) when (canRetry && request.IsRetriableOnFailure)
                {
                    await WaitAsync(retry + 1, null, false, failure.Message, observer, cancellationToken).ConfigureAwait(false);
                    continue;
                }
                catch (IntercomTransportException failure) when (!request.IsRetriableOnFailure)
                {
                    throw new IntercomTransportException(failure.Message + NotRetriedNote(request), failure.InnerException);
                }

                if (attempt.IsSuccess)
                {
                    try
                    {
                        return new ApiResponse(attempt.Status, attempt.Headers, download == null ? ParseBody(attempt, request) : null, attempt.Body);
                    }
                    catch (IntercomResponseFormatException malformed) when (canRetry && request.IsRetriableOnFailure)
                    {
                        await WaitAsync(retry + 1, null, false, malformed.Message, observer, cancellationToken).ConfigureAwait(false);
                        continue;
                    }
                }

                var error = ReadError(attempt, request);
                var throttling = RetryPolicy.IsThrottling(attempt.Status, attempt.Headers);
                if (canRetry && RetryPolicy.ShouldRetry(request, attempt.Status, throttling))
                {
                    await WaitAsync(retry + 1, attempt.Headers, throttling, $"{attempt.Status} {error.ErrorCode ?? attempt.Reason}", observer, cancellationToken).ConfigureAwait(false);
                    continue;
                }
                if (retry > 0)
                    throw new IntercomApiException(error.StatusCode, error.Method, error.Path, error.Errors, error.RequestId, error.RawBody,
                        attempt.Reason, $" Gave up after {retry} {(retry == 1 ? "retry" : "retries")}.");
                if (request.NotRepeatableBecause != null && RetryPolicy.IsTransientStatus(attempt.Status))
                    throw new IntercomApiException(error.StatusCode, error.Method, error.Path, error.Errors, error.RequestId, error.RawBody,
                        attempt.Reason, NotRetriedNote(request));
                throw error;
            }
        }

        private static string NotRetriedNote(ApiRequest request) => request.NotRepeatableBecause != null
            ? $" The request was not retried: {request.NotRepeatableBecause}"
            : $" The request was not retried, because {request.Method} may have changed data on the server; check before sending it again.";

        /// <summary>
        /// Spends the rate budget without overdrawing it: when the window's budget is used up, waits for the next
        /// window instead of sending a request that would be answered 429. Returns holding a reservation.
        /// </summary>
        private async Task PaceAsync(IRequestObserver observer, CancellationToken ct)
        {
            var told = false;
            for (TimeSpan wait; (wait = RateLimit.Reserve(Clock())) > TimeSpan.Zero;)
            {
                if (!told)
                    observer.Verbose(RateLimit.Limit == null
                        ? "Rate limit: waiting for the session's first answer, which announces the budget the others draw from."
                        : $"Rate limit: the budget of {RateLimit.Limit} requests for this window is used up; waiting {wait.TotalSeconds:0.0} s for the next window.");
                told = true;
                await Delay(wait, ct).ConfigureAwait(false);
            }
        }

        private async Task WaitAsync(int retry, IReadOnlyDictionary<string, string> headers, bool throttled, string cause, IRequestObserver observer, CancellationToken ct)
        {
            TimeSpan wait;
            lock (_randomGate) wait = RetryPolicy.Delay(retry, headers, throttled, Clock(), Options.MaximumRetryWait, _random);
            observer.Verbose($"{cause}; waiting {wait.TotalSeconds:0.0} s before retry {retry} of {Options.MaximumRetryCount}.");
            await Delay(wait, ct).ConfigureAwait(false);
        }

        private Uri Resolve(string pathAndQuery)
        {
            if (Uri.TryCreate(pathAndQuery, UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps))
            {
                if (!IsSessionHost(absolute))
                    throw new InvalidOperationException($"Refusing to call {absolute.GetLeftPart(UriPartial.Authority)}: requests are only sent to the session's API host {Options.BaseUri.GetLeftPart(UriPartial.Authority)}.");
                return absolute;
            }
            return new Uri(Options.BaseUri, pathAndQuery.TrimStart('/'));
        }

        private bool IsSessionHost(Uri uri) =>
            Uri.Compare(uri, Options.BaseUri, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;

        private async Task<Attempt> SendOnceAsync(ApiRequest request, string body, Uri target, IRequestObserver observer, CancellationToken cancellationToken, Stream download, IProgress<long> progress)
        {
            var method = request.Method;
            var uri = target;
            var watch = Stopwatch.StartNew();
            using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                timeout.CancelAfter(Options.Timeout);
                try
                {
                    for (var hop = 0; ; hop++)
                    {
                        using (var message = BuildMessage(method, uri, request.Accept, body))
                        {
                            if (body != null) observer.Debug($"{method} {uri} body: {Excerpt(body, 4000)}");
                            using (var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false))
                            {
                                var status = (int)response.StatusCode;
                                var location = response.Headers.Location;
                                if (status >= 300 && status < 400 && location != null && hop < MaximumRedirects)
                                {
                                    var next = location.IsAbsoluteUri ? location : new Uri(uri, location);
                                    observer.Verbose($"{method} {uri} -> {status} redirect to {next.GetLeftPart(UriPartial.Path)}{(IsSessionHost(next) ? "" : " (another host: the token is not sent there)")}");
                                    if (status == 303) { method = HttpMethod.Get; body = null; }
                                    uri = next;
                                    continue;
                                }
                                var headers = ApiResponse.CollectHeaders(response);
                                var success = status >= 200 && status < 300 && response.Content != null;
                                string text = "";
                                PooledBody pooled = null;
                                if (download != null && success)
                                {
                                    timeout.CancelAfter(Timeout.InfiniteTimeSpan); // the answer is here; a large file may take long
                                    var bytes = await CopyAsync(response.Content, download, progress, timeout.Token).ConfigureAwait(false);
                                    observer.Debug($"response body: {bytes:N0} bytes written to the destination");
                                }
                                else if (request.BodyReader != null && success)
                                {
                                    pooled = await PooledBody.ReadAsync(response.Content, timeout.Token).ConfigureAwait(false);
                                    if (pooled.Length > 0) observer.Debug($"response body: {Excerpt(pooled.Prefix(DebugExcerptLength), DebugExcerptLength)}");
                                }
                                else
                                {
                                    text = response.Content == null ? "" : await response.Content.ReadAsStringAsync().ConfigureAwait(false);
                                    if (text.Length > 0) observer.Debug($"response body: {Excerpt(text, DebugExcerptLength)}");
                                }
                                RateLimit.Update(headers, Clock());
                                observer.Verbose($"{method} {uri} -> {status} {response.ReasonPhrase} ({watch.ElapsedMilliseconds} ms)");
                                return new Attempt(method, uri, status, response.ReasonPhrase, headers, text, pooled);
                            }
                        }
                    }
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    throw;
                }
                catch (OperationCanceledException ex)
                {
                    observer.Verbose($"{method} {uri} timed out after {watch.ElapsedMilliseconds} ms");
                    throw new IntercomTransportException($"{method} {uri.AbsolutePath} timed out after {Options.Timeout.TotalSeconds:0.#} s.", ex);
                }
                catch (HttpRequestException ex)
                {
                    var cause = ex.InnerException?.Message ?? ex.Message;
                    observer.Verbose($"{method} {uri} failed after {watch.ElapsedMilliseconds} ms: {cause}");
                    throw new IntercomTransportException($"{method} {uri.AbsolutePath} failed: {cause}", ex);
                }
                catch (System.IO.IOException ex)
                {
                    observer.Verbose($"{method} {uri} failed after {watch.ElapsedMilliseconds} ms: {ex.Message}");
                    throw new IntercomTransportException($"{method} {uri.AbsolutePath} failed while reading the answer: {ex.Message}", ex);
                }
            }
        }

        private static async Task<long> CopyAsync(HttpContent content, Stream destination, IProgress<long> progress, CancellationToken ct)
        {
            var buffer = new byte[81920];
            long total = 0;
            using (var source = await content.ReadAsStreamAsync().ConfigureAwait(false))
            {
                int read;
                while ((read = await source.ReadAsync(buffer, 0, buffer.Length, ct).ConfigureAwait(false)) > 0)
                {
                    await destination.WriteAsync(buffer, 0, read, ct).ConfigureAwait(false);
                    total += read;
                    progress?.Report(total);
                }
            }
            return total;
        }

        private HttpRequestMessage BuildMessage(HttpMethod method, Uri uri, string accept, string body)
        {
            var message = new HttpRequestMessage(method, uri);
            if (IsSessionHost(uri))
            {
                message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token());
                message.Headers.TryAddWithoutValidation("Intercom-Version", Options.ApiVersion);
            }
            message.Headers.Accept.ParseAdd(accept);
            message.Headers.TryAddWithoutValidation("User-Agent", Options.UserAgent);
            if (body != null) message.Content = new StringContent(body, Encoding.UTF8, "application/json");
            return message;
        }

        private static object ParseBody(Attempt attempt, ApiRequest request)
        {
            if (attempt.Pooled != null)
            {
                using (var body = attempt.Pooled)
                {
                    if (body.IsBlank) return null;
                    try
                    {
                        using (var reader = body.OpenText()) return request.BodyReader(reader);
                    }
                    catch (JsonException ex)
                    {
                        throw new IntercomResponseFormatException(attempt.Status, attempt.Method.Method, attempt.Uri.PathAndQuery, Excerpt(body.Prefix(ExcerptLength), ExcerptLength), ex);
                    }
                }
            }
            if (string.IsNullOrWhiteSpace(attempt.Body)) return null;
            try
            {
                if (request.BodyReader == null) return IntercomJson.Parse(attempt.Body);
                using (var reader = new StringReader(attempt.Body)) return request.BodyReader(reader);
            }
            catch (JsonException ex)
            {
                throw new IntercomResponseFormatException(attempt.Status, attempt.Method.Method, attempt.Uri.PathAndQuery, Excerpt(attempt.Body, ExcerptLength), ex);
            }
        }

        private static IntercomApiException ReadError(Attempt attempt, ApiRequest request)
        {
            var errors = new List<IntercomError>();
            string requestId = null;
            string fallback = attempt.Reason;
            try
            {
                if (IntercomJson.Parse(attempt.Body) is JObject json)
                {
                    requestId = (string)json["request_id"];
                    if (json["errors"] is JArray list)
                    {
                        foreach (var e in list.OfType<JObject>())
                            errors.Add(new IntercomError((string)e["code"], (string)e["message"], (string)e["field"]));
                    }
                    else if (json["error_key"] != null)
                    {
                        // Some endpoints (phone switch) answer {error_key, message} instead of an error list.
                        errors.Add(new IntercomError((string)json["error_key"], (string)json["message"] ?? (string)json["error_key"], null));
                    }
                    else if (json["title"] != null || json["detail"] != null)
                    {
                        fallback = $"{(string)json["title"]} {(string)json["detail"]}".Trim();
                    }
                }
            }
            catch (JsonException)
            {
                fallback = $"{attempt.Reason}; the body is not JSON: \"{Excerpt(attempt.Body, ExcerptLength)}\"";
            }
            requestId = requestId ?? Header(attempt.Headers, "X-Request-Id");
            return new IntercomApiException(attempt.Status, attempt.Method.Method, attempt.Uri.PathAndQuery, errors, requestId, attempt.Body, fallback);
        }

        private static string Header(IReadOnlyDictionary<string, string> headers, string name) =>
            headers != null && headers.TryGetValue(name, out var v) ? v : null;

        private static string Excerpt(string text, int length)
        {
            if (text == null) return "";
            var cut = text.Length > length;
            return (cut ? text.Substring(0, length) : text).Replace("\r", " ").Replace("\n", " ") + (cut ? "..." : "");
        }

        private sealed class Attempt
        {
            public Attempt(HttpMethod method, Uri uri, int status, string reason, IReadOnlyDictionary<string, string> headers, string body, PooledBody pooled = null)
            {
                Pooled = pooled;
                Method = method;
                Uri = uri;
                Status = status;
                Reason = reason;
                Headers = headers;
                Body = body;
            }

            public HttpMethod Method { get; }
            public Uri Uri { get; }
            public int Status { get; }
            public string Reason { get; }
            public IReadOnlyDictionary<string, string> Headers { get; }
            public string Body { get; }
            /// <summary>A successful answer for a body reader: read from pooled bytes, never held as one large string.</summary>
            public PooledBody Pooled { get; }
            public bool IsSuccess => Status >= 200 && Status < 300;
        }
    }
}
