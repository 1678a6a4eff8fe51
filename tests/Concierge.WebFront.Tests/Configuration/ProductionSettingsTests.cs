using System.Net;
using Concierge.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Concierge.WebFront.Tests.Configuration;

/// <summary>Production refuses to start without what Twilio needs; Development starts with nothing configured.</summary>
public sealed class ProductionSettingsTests : IDisposable
{
    private readonly TempDirectory directory = new();

    [Fact]
    public void ProductionWithoutTwilioSettingsStopsStartUpNamingEachMissingKey()
    {
        using var app = Host("Production");

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("Concierge:Twilio:AuthToken is required in Production", error.Message, StringComparison.Ordinal);
        Assert.Contains("Concierge:Twilio:PublicBaseUrl is required in Production", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ProductionWithOnlyTheTokenStillNamesTheMissingPublicBaseUrl()
    {
        using var app = Host("Production", ("Concierge:Twilio:AuthToken", "a-token"));

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.DoesNotContain("Concierge:Twilio:AuthToken", error.Message, StringComparison.Ordinal);
        Assert.Contains("Concierge:Twilio:PublicBaseUrl is required in Production", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProductionWithBothSettingsStarts()
    {
        await using var app = Host("Production", ("Concierge:Twilio:AuthToken", "a-token"), ("Concierge:Twilio:PublicBaseUrl", "https://concierge.example.com"));
        using var client = app.CreateClient();

        using var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public void ProductionRefusesOperatorKeysShorterThan32CharactersNamingEach()
    {
        using var app = Host(
            "Production",
            ("Concierge:Twilio:AuthToken", "a-token"),
            ("Concierge:Twilio:PublicBaseUrl", "https://concierge.example.com"),
            ("Concierge:Owner:ApiKey", "ck_short_owner_key"),
            ("Concierge:AdminKey", new string('a', 31)));

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("Concierge:Owner:ApiKey must be at least 32 characters in Production", error.Message, StringComparison.Ordinal);
        Assert.Contains("Concierge:AdminKey must be at least 32 characters in Production", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("ck_short_owner_key", error.ToString(), StringComparison.Ordinal); // named, never shown
    }

    [Fact]
    public async Task ProductionAcceptsOperatorKeysOf32CharactersOrMore()
    {
        await using var app = Host(
            "Production",
            ("Concierge:Twilio:AuthToken", "a-token"),
            ("Concierge:Twilio:PublicBaseUrl", "https://concierge.example.com"),
            ("Concierge:Owner:ApiKey", new string('o', 32)),
            ("Concierge:AdminKey", new string('a', 40)));
        using var client = app.CreateClient();

        using var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task DevelopmentStartsWithNoConfigurationAtAll()
    {
        await using var app = Host("Development");
        using var client = app.CreateClient();

        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [Fact]
    public async Task TheBuiltAppRunInProductionWithoutSettingsExitsNamingTheMissingKeys()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => WebFrontProcess.StartAsync(
            directory.Path, new Dictionary<string, string> { ["Concierge__Twilio__AuthToken"] = "", ["Concierge__Twilio__PublicBaseUrl"] = "" }));

        Assert.Contains("Concierge exited", error.Message, StringComparison.Ordinal);
        Assert.Contains("Concierge:Twilio:AuthToken is required in Production", error.Message, StringComparison.Ordinal);
        Assert.Contains("Concierge:Twilio:PublicBaseUrl is required in Production", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => directory.Dispose();

    private ConciergeAppFactory Host(string environment, params (string Key, string Value)[] settings) =>
        ConciergeAppFactory.Unconfigured(directory.Path, environment, settings);
}
