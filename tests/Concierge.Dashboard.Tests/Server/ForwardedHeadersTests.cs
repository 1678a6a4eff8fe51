using System.Net;
using Concierge.TestSupport;
using Concierge.WebFront.Dashboard;

namespace Concierge.Dashboard.Tests.Server;

/// <summary>
/// Behind a TLS-terminating proxy (App Service's front ends, an AKS ingress) the app sees plain HTTP; the proxy says the
/// browser used HTTPS in X-Forwarded-Proto. Only a trusted proxy is believed.
/// </summary>
public sealed class ForwardedHeadersTests(ConciergeAppFactory app) : IClassFixture<ConciergeAppFactory>
{
    [Theory]
    [InlineData("10.244.1.17")] // an ingress-nginx pod on AKS's default pod network
    [InlineData("172.16.5.4")] // App Service's front ends reach the container from the private ranges
    [InlineData("192.168.0.9")]
    [InlineData("::ffff:10.0.3.4")] // an IPv4 peer on a dual-stack socket
    [InlineData("127.0.0.1")] // a proxy on the same machine
    public async Task HttpsForwardedByATrustedProxyMakesTheSessionCookieSecure(string proxy)
    {
        var cookie = await SessionCookieAsync(app.Browser().From(proxy));

        Assert.True(IsSecure(cookie));
    }

    [Theory]
    [InlineData("203.0.113.9")]
    [InlineData("2001:db8::1")]
    public async Task HttpsClaimedByAnyoneElseIsIgnored(string stranger)
    {
        var cookie = await SessionCookieAsync(app.Browser().From(stranger));

        Assert.False(IsSecure(cookie));
    }

    [Fact]
    public async Task ConfiguredProxiesAndNetworksReplaceTheDefaults()
    {
        await using var configured = new ConciergeAppFactory();
        configured.Settings["Concierge:ForwardedHeaders:KnownProxies:0"] = "203.0.113.9";
        configured.Settings["Concierge:ForwardedHeaders:KnownNetworks:0"] = "198.51.100.0/24";

        var fromProxy = await SessionCookieAsync(configured.Browser().From("203.0.113.9"));
        var fromNetwork = await SessionCookieAsync(configured.Browser().From("198.51.100.77"));
        var fromPrivate = await SessionCookieAsync(configured.Browser().From("10.244.1.17"));

        Assert.True(IsSecure(fromProxy));
        Assert.True(IsSecure(fromNetwork));
        Assert.False(IsSecure(fromPrivate));
    }

    [Fact]
    public async Task AMalformedNetworkStopsStartUpNamingTheKey()
    {
        await using var misconfigured = new ConciergeAppFactory();
        misconfigured.Settings["Concierge:ForwardedHeaders:KnownNetworks:0"] = "10.0.0.0/33";

        var error = Assert.ThrowsAny<Exception>(() => misconfigured.Browser());

        Assert.Contains("Concierge:ForwardedHeaders:KnownNetworks", error.ToString(), StringComparison.Ordinal);
    }

    private static async Task<string> SessionCookieAsync(HttpClient browser)
    {
        browser.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        using var signIn = await DashboardForms.SignInAsync(browser);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith($"{DashboardAuthentication.CookieName}=", StringComparison.Ordinal));
    }

    private static bool IsSecure(string cookie) => cookie.Split(';').Select(p => p.Trim().ToLowerInvariant()).Contains("secure");
}
