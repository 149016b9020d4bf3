using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using Microsoft.Extensions.DependencyInjection;

namespace IntercomPS.Client.Http
{
    /// <summary>
    /// HttpClients from one process-wide IHttpClientFactory, so connections are pooled and handlers recycled
    /// (DNS changes are seen) however many sessions and cmdlet calls there are.
    /// </summary>
    internal static class HttpClientSource
    {
        public const string ClientName = "IntercomPS";

        private static readonly Lazy<IHttpClientFactory> Factory = new Lazy<IHttpClientFactory>(CreateFactory, LazyThreadSafetyMode.ExecutionAndPublication);

        public static HttpClient Create()
        {
            var client = Factory.Value.CreateClient(ClientName);
            client.Timeout = Timeout.InfiniteTimeSpan; // the engine times each attempt itself
            return client;
        }

        private static IHttpClientFactory CreateFactory()
        {
            var services = new ServiceCollection();
            services.AddHttpClient(ClientName)
                .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
                {
                    // Redirects are followed by the engine, which drops the token when the host changes.
                    AllowAutoRedirect = false,
                    AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
                    UseCookies = false,
                })
                .SetHandlerLifetime(TimeSpan.FromMinutes(5));
            return services.BuildServiceProvider().GetRequiredService<IHttpClientFactory>();
        }
    }
}
