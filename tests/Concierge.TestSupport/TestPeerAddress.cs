using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Concierge.TestSupport;

/// <summary>
/// WebApplicationFactory's in-memory server has no network, so a request has no peer address. A test names the address
/// its request comes from in <see cref="Header"/>; a middleware ahead of the app's own sets it as the connection's remote
/// address, as Kestrel would for a real connection from there.
/// </summary>
public static class TestPeerAddress
{
    public const string Header = "X-Test-Peer-Address";

    public static IWebHostBuilder UseTestPeerAddress(this IWebHostBuilder web) =>
        web.ConfigureServices(services => services.AddSingleton<IStartupFilter, PeerAddressFilter>());

    /// <summary>Sends every request of <paramref name="client"/> as if from <paramref name="address"/>.</summary>
    public static HttpClient From(this HttpClient client, string address)
    {
        client.DefaultRequestHeaders.Remove(Header);
        client.DefaultRequestHeaders.Add(Header, address);
        return client;
    }

    private sealed class PeerAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[Header], out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                    context.Request.Headers.Remove(Header);
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
