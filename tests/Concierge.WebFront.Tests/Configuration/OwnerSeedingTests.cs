using System.Net;
using System.Net.Sockets;
using Concierge.Grains.Interfaces.Companies;
using Concierge.TestSupport;
using Concierge.WebFront.Tests.Api;
using Concierge.WebFront.Tests.Logging;
using Microsoft.Extensions.Logging;

namespace Concierge.WebFront.Tests.Configuration;

/// <summary>
/// <c>Concierge:Owner</c> seeds the default company once; afterwards its stored settings win. Each test starts apps one
/// after the other on one SQLite file, as restarts of one installation.
/// </summary>
public sealed class OwnerSeedingTests : IDisposable
{
    private readonly TempDirectory directory = new();

    [Fact]
    public async Task ARestartWithoutOwnerSettingsKeepsTheOwnersPhone()
    {
        await using (var first = App())
        {
            Assert.Equal(ConciergeAppFactory.OwnerPhone, (await SettingsAsync(first))?.OwnerPhone);
        }

        await using var second = App();
        foreach (var key in second.Settings.Keys.Where(k => k.StartsWith("Concierge:Owner:", StringComparison.Ordinal)).ToList())
        {
            second.Settings.Remove(key);
        }

        var kept = await SettingsAsync(second);
        Assert.Equal((ConciergeAppFactory.OwnerPhone, "Alex"), (kept?.OwnerPhone, kept?.OwnerName));
        Assert.Equal(["en-US", "fr-FR"], kept?.Languages);
    }

    [Fact]
    public async Task AConfiguredPhoneChangedAtRestartDoesNotOverwriteThePhoneTheOwnerSet()
    {
        const string setByOwner = "+14155550177";
        await using (var first = App())
        {
            await (await first.Api().PutJsonAsync("/api/settings", new { name = "Alex", ownerPhone = setByOwner, timeZone = "Europe/Paris" })).JsonAsync(HttpStatusCode.OK);
        }

        await using var second = App<LoggedConciergeApp>();
        second.Settings["Concierge:Owner:Phone"] = "+14155550188";
        second.Settings["Concierge:Owner:TimeZone"] = "America/New_York";

        var kept = await (await second.Api().GetAsync("/api/settings")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(setByOwner, kept.GetProperty("ownerPhone").GetString());
        Assert.Equal("Europe/Paris", kept.GetProperty("timeZone").GetString());
        var said = Assert.Single(second.Logs.Entries, e => e.Message.Contains("stored settings are used", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Information, said.Level);
        Assert.Contains("Concierge:Owner:Phone, Concierge:Owner:TimeZone", said.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Concierge:Owner:Name", said.Message, StringComparison.Ordinal); // configured, and the same as stored
        Assert.DoesNotContain("0188", said.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFirstStartSeedsTheTimeZoneFromConfiguration()
    {
        await using var app = App();
        app.Settings["Concierge:Owner:TimeZone"] = "Europe/Paris";

        Assert.Equal("Europe/Paris", (await SettingsAsync(app))?.TimeZone);
    }

    [Fact]
    public async Task AStartThatCannotListenOnItsPortWritesNothing()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var failed = App();
        failed.Settings["Concierge:Owner:Phone"] = "+14155550166";
        failed.UseKestrel(((IPEndPoint)taken.LocalEndpoint).Port);
        Assert.ThrowsAny<IOException>(failed.StartServer);
        await DisposeQuietlyAsync(failed);

        // Had the failed start seeded the company, this start would find its phone stored and keep it.
        await using var next = App();
        next.Settings["Concierge:Owner:Phone"] = "+14155550155";
        Assert.Equal("+14155550155", (await SettingsAsync(next))?.OwnerPhone);
    }

    public void Dispose() => directory.Dispose();

    private ConciergeAppFactory App() => App<ConciergeAppFactory>();

    private TApp App<TApp>()
        where TApp : ConciergeAppFactory, new()
    {
        var app = new TApp();
        app.Settings["Concierge:Storage:ConnectionString"] = $"Data Source={directory.File("concierge.db")}";
        return app;
    }

    private static Task<CompanySettings?> SettingsAsync(ConciergeAppFactory app)
    {
        _ = app.Server; // starts the app: seeding is part of its start
        return app.Grains.GetGrain<ICompanyGrain>(CompanyIds.Default).GetSettingsAsync();
    }

    // A host that never started may fail again while being torn down; the store is what this test is about.
    private static async Task DisposeQuietlyAsync(ConciergeAppFactory app)
    {
        try
        {
            await app.DisposeAsync();
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or ObjectDisposedException or AggregateException)
        {
        }
    }
}
