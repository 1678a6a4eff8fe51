using Concierge.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Concierge.WebFront.Tests.Configuration;

/// <summary>
/// Settings that cannot work stop start-up, every problem at once, each naming its configuration key (as documented in
/// the README); a secret in a refused setting is named, never shown.
/// </summary>
public sealed class InvalidSettingsTests : IDisposable
{
    private readonly TempDirectory directory = new();

    [Theory]
    [InlineData("Concierge:Storage:Provider", "Oracle", "Concierge:Storage:Provider")]
    [InlineData("Concierge:Model:DeadlineMs", "0", "Concierge:Model:DeadlineMs must be between 1 and 30000")]
    [InlineData("Concierge:Model:DeadlineMs", "soon", "Concierge:Model:DeadlineMs")]
    [InlineData("Concierge:Cluster:SiloPort", "70000", "Concierge:Cluster:SiloPort must be a port number")]
    [InlineData("Concierge:Cluster:Provider", "Zookeeper", "Concierge:Cluster:Provider")]
    [InlineData("WEBSITE_PRIVATE_IP", "not-an-address", "WEBSITE_PRIVATE_IP must be an IP address")]
    [InlineData("Concierge:Notes:Blobs:Provider", "S3", "Concierge:Notes:Blobs:Provider")]
    [InlineData("Concierge:Notes:Blobs:Provider", "AzureBlob", "Concierge:Notes:Blobs:Provider AzureBlob needs exactly one of Concierge:Notes:Blobs:ConnectionString")]
    public void ASettingThatCannotWorkStopsStartUpNamingItsKey(string key, string value, string expected)
    {
        using var app = Host((key, value));

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains(expected, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryProblemOfASectionIsNamedAtOnce()
    {
        using var app = Host(
            ("Concierge:Model:Provider", "AzureOpenAI"),
            ("Concierge:Model:DeadlineMs", "60000"));

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("Concierge:Model:DeadlineMs must be between 1 and 30000", error.Message, StringComparison.Ordinal);
        Assert.Contains("Concierge:Model:ApiKey is required when Concierge:Model:Provider is AzureOpenAI", error.Message, StringComparison.Ordinal);
        Assert.Contains("Concierge:Model:Endpoint is required when Concierge:Model:Provider is AzureOpenAI", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AStoreThatNeedsAConnectionStringStopsStartUpNamingIt()
    {
        using var app = Host(("Concierge:Storage:Provider", "Postgres"));

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("Concierge:Storage:ConnectionString is required when Concierge:Storage:Provider is Postgres", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ManagedIdentityWithAPasswordInTheConnectionStringStopsStartUpWithoutShowingIt()
    {
        using var app = Host(
            ("Concierge:Storage:Provider", "SqlServer"),
            ("Concierge:Storage:Authentication", "ManagedIdentity"),
            ("Concierge:Storage:ConnectionString", "Server=tcp:db.example.com;Database=concierge;User ID=app;Password=hunter2-secret"));

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("Concierge:Storage:ConnectionString must carry no user id or password", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2-secret", error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => directory.Dispose();

    private ConciergeAppFactory Host(params (string Key, string Value)[] settings) =>
        ConciergeAppFactory.Unconfigured(directory.Path, "Development", settings);
}
