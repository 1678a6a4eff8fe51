using System.Net;
using Concierge.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Concierge.WebFront.Tests.Health;

public sealed class HealthTests : IDisposable
{
    private readonly TempDirectory directory = new();

    [Fact]
    public async Task FreshStartWithNoConfigurationCreatesTheSqliteStoreAndIsReady()
    {
        await using var app = ConciergeAppFactory.Unconfigured(directory.Path);
        using var client = app.CreateClient();

        using var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.True(File.Exists(directory.File("data/concierge.db")));
    }

    [Fact]
    public async Task ReadyReportsAnUnreachableStoreWhileLiveStaysUp()
    {
        await using var app = ConciergeAppFactory.Unconfigured(directory.Path);
        app.Settings["Concierge:Storage:Provider"] = "Postgres";
        app.Settings["Concierge:Storage:ConnectionString"] = $"Host=127.0.0.1;Port={FreePort.Next()};Username=x;Password=y;Timeout=2";
        using var client = app.CreateClient();

        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        using var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public void SharedStoreWithoutAConnectionStringStopsStartUpNamingTheMissingKey()
    {
        using var app = ConciergeAppFactory.Unconfigured(directory.Path);
        app.Settings["Concierge:Storage:Provider"] = "Postgres";
        app.Settings["Concierge:Storage:ConnectionString"] = "";

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("Concierge:Storage:ConnectionString is required", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheBuiltAppStartsAsAProcessInAnEmptyDirectoryAndAnswersHealth()
    {
        await using var app = await WebFrontProcess.StartAsync(directory.Path);
        using var http = new HttpClient { BaseAddress = app.BaseAddress };

        using var ready = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.True(File.Exists(directory.File("data/concierge.db")));
    }

    public void Dispose() => directory.Dispose();
}
