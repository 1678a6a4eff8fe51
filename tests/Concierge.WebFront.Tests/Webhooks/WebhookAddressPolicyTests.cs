using System.Net;
using Concierge.Grains.Webhooks;
using Concierge.Silo.Webhooks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Concierge.WebFront.Tests.Webhooks;

/// <summary>A company's webhook URL must not reach into our own network (SSRF).</summary>
public sealed class WebhookAddressPolicyTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")] // cloud metadata
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    [InlineData("::1")]
    [InlineData("fe80::1")]
    [InlineData("fd00::1")]
    [InlineData("::ffff:127.0.0.1")]
    public void InternalAddressIsNotPublic(string address) => Assert.False(WebhookAddressPolicy.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("172.32.0.1")]
    [InlineData("8.8.8.8")]
    [InlineData("2606:4700::1111")]
    public void InternetAddressIsPublic(string address) => Assert.True(WebhookAddressPolicy.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("https://127.0.0.1/hooks", false, "Production", "loopback")]
    [InlineData("https://localhost/hooks", false, "Production", "loopback")]
    [InlineData("https://[::1]/hooks", false, "Development", "loopback")]
    [InlineData("https://192.168.0.10/hooks", false, "Development", "private")]
    [InlineData("http://crm.example.com/hooks", false, "Production", "https")]
    [InlineData("http://127.0.0.1:5000/hooks", true, "Production", "https")]
    public void EndpointIntoOurOwnNetworkOrWithoutHttpsInProductionIsRefused(string url, bool allowPrivate, string environment, string named)
    {
        var problem = Policy(allowPrivate, environment).Problem(new Uri(url));

        Assert.Contains(named, problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://crm.example.com/hooks", false, "Production")]
    [InlineData("http://crm.example.com/hooks", false, "Development")]
    [InlineData("http://127.0.0.1:5000/hooks", true, "Development")]
    public void PublicHttpsEndpointOrAnAllowedLocalOneIsAccepted(string url, bool allowPrivate, string environment) =>
        Assert.Null(Policy(allowPrivate, environment).Problem(new Uri(url)));

    private static WebhookAddressPolicy Policy(bool allowPrivate, string environment) =>
        new(Options.Create(new WebhookOptions { AllowPrivateAddresses = allowPrivate }), new Environment(environment));

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "Concierge";

        public string ContentRootPath { get; set; } = "/";

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}
