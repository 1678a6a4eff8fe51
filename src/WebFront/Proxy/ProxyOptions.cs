namespace Concierge.WebFront.Proxy;

/// <summary>
/// Which proxies in front of the app are believed when they say, in <c>X-Forwarded-Proto</c> and <c>X-Forwarded-For</c>,
/// that the browser used HTTPS and where it connected from (<c>Concierge:ForwardedHeaders</c>). A proxy on the same
/// machine (loopback) always is.
/// </summary>
public sealed class ProxyOptions
{
    public const string SectionName = "Concierge:ForwardedHeaders";

    /// <summary>
    /// Used when <see cref="KnownNetworks"/> is not set: the private ranges. App Service's front ends reach the container
    /// from them (Microsoft documents no narrower range), and so do an AKS ingress controller's pods (pod networks are
    /// private, 10.244.0.0/16 by default). Nothing outside them can claim HTTPS or another client address.
    /// </summary>
    public static readonly IReadOnlyList<string> DefaultNetworks = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"];

    /// <summary>CIDR ranges the proxies connect from, e.g. <c>10.244.0.0/16</c>; replaces <see cref="DefaultNetworks"/>.</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>Single proxy addresses, e.g. <c>10.0.0.4</c>.</summary>
    public string[] KnownProxies { get; set; } = [];

    public IEnumerable<string> EffectiveNetworks => KnownNetworks.Length > 0 ? KnownNetworks : DefaultNetworks;
}
