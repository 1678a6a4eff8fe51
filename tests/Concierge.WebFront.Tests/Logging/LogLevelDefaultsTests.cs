using Concierge.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Concierge.WebFront.Tests.Logging;

/// <summary>
/// Log safety lives in code: a process started from another directory reads no appsettings.json, and an operator may turn
/// every level on. ASP.NET's routing, authentication and server lines quote the raw path, which carries numbers in any
/// format and, on the dashboard, whatever was typed into it.
/// </summary>
public sealed class LogLevelDefaultsTests
{
    private const string NationalNumber = "4155550123";
    private const string WrittenNumber = "(415) 555-0177";

    [Fact]
    public async Task WithoutAppSettingsAndEveryLevelOnNoPhoneNumberRawPathOrSearchWordIsLogged()
    {
        await using var app = new BareContentRootApp();
        using var api = app.Api();
        using var anonymous = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        (await api.GetAsync(new Uri($"/api/exceptions/{NationalNumber}?q=quokka", UriKind.Relative))).Dispose();
        (await api.GetAsync(new Uri($"/api/callers/{Uri.EscapeDataString(WrittenNumber)}", UriKind.Relative))).Dispose();
        (await api.GetAsync(new Uri("/api/conversations?q=marmalade", UriKind.Relative))).Dispose();
        (await anonymous.GetAsync(new Uri($"/callers/{NationalNumber}", UriKind.Relative))).Dispose();
        (await anonymous.GetAsync(new Uri($"/no-such-page/{NationalNumber}", UriKind.Relative))).Dispose();

        var entries = app.Logs.Entries.ToList();
        Assert.Contains(entries, e => e.Level <= LogLevel.Debug); // the levels below Information really are on
        Assert.Contains(entries, e => e.Category == "Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware"); // the request lines
        foreach (var text in new[] { NationalNumber, "555-0177", "555%2D0177", $"/api/exceptions/{NationalNumber}", "quokka", "marmalade" })
        {
            var leak = entries.FirstOrDefault(e => e.AllText.Contains(text, StringComparison.OrdinalIgnoreCase));
            Assert.True(leak is null, $"'{text}' was logged by {leak?.Category} at {leak?.Level}: {leak?.AllText}");
        }
    }

    [Fact]
    public async Task ALevelConfiguredForTheCategoryStillReplacesTheDefault()
    {
        await using var app = new BareContentRootApp();
        app.Settings["Logging:LogLevel:Microsoft.AspNetCore"] = "Information"; // e.g. to see which endpoint ran

        (await app.Api().GetAsync(new Uri("/api/exceptions", UriKind.Relative))).Dispose();

        Assert.Contains(app.Logs.Entries, e => e.Category.StartsWith("Microsoft.AspNetCore.", StringComparison.Ordinal) && e.Level == LogLevel.Information);
        Assert.DoesNotContain(app.Logs.Entries, e => e.Category.StartsWith("Microsoft.AspNetCore.", StringComparison.Ordinal) && e.Level < LogLevel.Information);
    }

    /// <summary>The app with a content root holding no appsettings.json, every level turned on by configuration, and only a capturing log provider.</summary>
    private sealed class BareContentRootApp : ConciergeAppFactory
    {
        private readonly TempDirectory contentRoot = new();

        public CapturedLogs Logs { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseContentRoot(contentRoot.Path);
            builder.UseSetting("Logging:LogLevel:Default", "Trace");
            builder.ConfigureLogging(logging =>
            {
                logging.ClearProviders();
                logging.AddProvider(Logs); // no filter of its own: the app's levels decide what it gets
            });
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing)
            {
                contentRoot.Dispose();
            }
        }
    }
}
