using System.Net;
using Concierge.Grains.Interfaces.Companies;
using Concierge.Silo.Storage;
using Concierge.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Concierge.Dashboard.Tests.Server;

/// <summary>The dashboard reads dates in the company's time zone: the times it shows and the days its filter means.</summary>
public sealed class CompanyTimeZoneTests(ConciergeAppFactory app) : IClassFixture<ConciergeAppFactory>, IAsyncLifetime
{
    /// <summary>23:30 UTC on 20 November is 00:30 on 21 November in Paris (UTC+1 in winter).</summary>
    private static readonly DateTimeOffset LateEveningUtc = new(2026, 11, 20, 23, 30, 0, TimeSpan.Zero);

    public async Task InitializeAsync()
    {
        var company = app.Grains.GetGrain<ICompanyGrain>(CompanyIds.Default);
        await company.ConfigureAsync((await company.GetSettingsAsync())! with { TimeZone = "Europe/Paris" });
    }

    [Fact]
    public async Task ADayInParisIncludesACallAtHalfPastElevenUtcTheEveningBefore()
    {
        var callSid = await CallStartedAtAsync(LateEveningUtc);
        var browser = app.Browser();
        (await DashboardForms.SignInAsync(browser)).Dispose();

        var parisDay = await PageAsync(browser, "/calls?date=2026-11-21");
        var dayBefore = await PageAsync(browser, "/calls?date=2026-11-20");

        Assert.Contains(callSid, parisDay, StringComparison.Ordinal);
        Assert.DoesNotContain(callSid, dayBefore, StringComparison.Ordinal);
        Assert.Contains("2026-11-21 00:30 UTC+1", parisDay, StringComparison.Ordinal);
        Assert.Contains("Day (Europe/Paris)", parisDay, StringComparison.Ordinal);
        Assert.Contains("Times in Europe/Paris", parisDay, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SummerTimesCarryTheSummerOffset()
    {
        var callSid = await CallStartedAtAsync(new DateTimeOffset(2026, 7, 14, 10, 5, 0, TimeSpan.Zero));
        var browser = app.Browser();
        (await DashboardForms.SignInAsync(browser)).Dispose();

        var page = await PageAsync(browser, "/calls?date=2026-07-14");

        Assert.Contains(callSid, page, StringComparison.Ordinal);
        Assert.Contains("2026-07-14 12:05 UTC+2", page, StringComparison.Ordinal);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>A real call, moved in the call log to <paramref name="startedAt"/> (the log is what the list and filters read).</summary>
    private async Task<string> CallStartedAtAsync(DateTimeOffset startedAt)
    {
        var call = app.NewCall();
        await call.RingAsync();
        await app.Services.GetRequiredService<SqlStore>().ExecuteAsync(
            "UPDATE calls SET started_at_ms = @StartedAtMs WHERE call_sid = @CallSid", new { StartedAtMs = startedAt.ToUnixTimeMilliseconds(), call.CallSid });
        return call.CallSid;
    }

    private static async Task<string> PageAsync(HttpClient browser, string path)
    {
        using var response = await browser.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()); // Razor writes "+" as &#x2B;
    }
}
