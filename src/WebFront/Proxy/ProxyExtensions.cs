using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using IPNetwork = System.Net.IPNetwork;
using Microsoft.Extensions.Options;

namespace Concierge.WebFront.Proxy;

public static class ProxyExtensions
{
    /// <summary>
    /// Trusts <c>X-Forwarded-Proto</c> and <c>X-Forwarded-For</c> from the proxies <see cref="ProxyOptions"/> names, so
    /// that behind a TLS-terminating proxy a request is HTTPS (the dashboard cookie gets <c>Secure</c>) and its client
    /// address is the browser's (what failed sign-ins are counted by). A malformed range stops start-up naming the key.
    /// </summary>
    public static IServiceCollection AddConciergeForwardedHeaders(this IServiceCollection services)
    {
        services.AddOptions<ProxyOptions>().BindConfiguration(ProxyOptions.SectionName)
            .Validate(
                o => o.KnownNetworks.All(n => IPNetwork.TryParse(n, out _)),
                $"{ProxyOptions.SectionName}:KnownNetworks must be CIDR ranges, e.g. 10.244.0.0/16.")
            .Validate(
                o => o.KnownProxies.All(p => IPAddress.TryParse(p, out _)),
                $"{ProxyOptions.SectionName}:KnownProxies must be IP addresses, e.g. 10.0.0.4.")
            .ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((forwarded, proxy) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.ForwardLimit = 1; // the last hop only: what the trusted proxy itself saw, not what the browser claimed
            foreach (var network in proxy.Value.EffectiveNetworks)
            {
                if (IPNetwork.TryParse(network, out var parsed))
                {
                    forwarded.KnownIPNetworks.Add(parsed);
                }
            }

            foreach (var address in proxy.Value.KnownProxies)
            {
                if (IPAddress.TryParse(address, out var parsed))
                {
                    forwarded.KnownProxies.Add(parsed);
                }
            }
        });
        return services;
    }

    /// <summary>Applies the forwarded headers; first in the pipeline, so everything after sees the browser's scheme and address.</summary>
    public static IApplicationBuilder UseConciergeForwardedHeaders(this IApplicationBuilder app) => app.UseForwardedHeaders();
}
