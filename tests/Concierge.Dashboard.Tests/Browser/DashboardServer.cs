using Concierge.Simulator.Calls;
using Concierge.Simulator.Protocol;
using System.Net;
using System.Net.Http.Json;
using Concierge.TestSupport;
using Microsoft.Playwright;

namespace Concierge.Dashboard.Tests.Browser;

/// <summary>
/// The built app as a real process on 127.0.0.1 (a browser cannot reach WebApplicationFactory's in-memory server), on
/// its SQLite default in a directory of its own, and one headless Chromium (Debian's, never a downloaded one), shared
/// by the browser tests. Each test opens its own browser context, so cookies never leak between tests.
/// </summary>
public sealed class DashboardServer : IAsyncLifetime
{
    public const string OwnerApiKey = "ck_dashboard_owner_key_0123456789";
    public const string OwnerPhone = "+14155550100";

    /// <summary>Chromium's path when not /usr/bin/chromium (test.sh exports it after installing Chromium).</summary>
    public const string ChromiumVariable = "CONCIERGE_CHROMIUM";

    /// <summary>Without the background-networking flags Chromium keeps calling Google's hosts, which this network refuses.</summary>
    private static readonly string[] ChromiumArguments =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private readonly TempDirectory directory = new();
    private WebFrontProcess? app;
    private IPlaywright? playwright;
    private IBrowser? browser;
    private HttpClient? http;

    public Uri BaseAddress => App.BaseAddress;

    /// <summary>scheme://host:port of the app, which every request of the browser must go to.</summary>
    public string Origin => BaseAddress.GetLeftPart(UriPartial.Authority);

    private WebFrontProcess App => app ?? throw new InvalidOperationException("The app is not started.");

    public async Task InitializeAsync()
    {
        var chromium = ChromiumPath();
        app = await WebFrontProcess.StartAsync(directory.Path, new Dictionary<string, string>
        {
            ["Concierge__Owner__Name"] = "Alex",
            ["Concierge__Owner__Phone"] = OwnerPhone,
            ["Concierge__Owner__ApiKey"] = OwnerApiKey,
        });
        http = new HttpClient { BaseAddress = app.BaseAddress };
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Args = ChromiumArguments, Headless = true });
    }

    /// <summary>A caller with a number of its own (or <paramref name="from"/>), ringing the app with webhooks signed as Twilio signs them.</summary>
    public SimulatedCall NewCall(string? from = null) =>
        new(http!, new TwilioAccount(BaseAddress.ToString(), WebFrontProcess.DefaultAuthToken), from ?? TestPhones.Next(), CalledNumber);

    /// <summary>The Twilio number the simulated calls ring.</summary>
    public const string CalledNumber = "+18005550000";

    /// <summary>Puts a new number on the exception list through the REST API; returns the number.</summary>
    public async Task<string> AddExceptionAsync(string name)
    {
        var phone = TestPhones.Next();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/exceptions")
        {
            Content = JsonContent.Create(new { phone, name, category = "friend", note = "Added by a test" }),
        };
        request.Headers.Add("X-Api-Key", OwnerApiKey);
        using var response = await http!.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return phone;
    }


    /// <summary>A fresh browser context (no cookies) and page; desktop-sized unless <paramref name="viewport"/> says otherwise.</summary>
    public async Task<BrowserSession> OpenAsync(ViewportSize? viewport = null)
    {
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Origin,
            ViewportSize = viewport ?? new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(15_000);
        return await BrowserSession.StartAsync(context);
    }

    /// <summary>A fresh context signed in with the owner's key through the sign-in form.</summary>
    public async Task<BrowserSession> SignedInAsync(ViewportSize? viewport = null)
    {
        var session = await OpenAsync(viewport);
        await session.SignInAsync(OwnerApiKey);
        return session;
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        http?.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        directory.Dispose();
    }

    // Missing Chromium fails every browser test loudly: these tests never skip.
    private static string ChromiumPath()
    {
        var path = Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException(
                $"Chromium is not at {path}. The browser tests drive Debian's Chromium: run ./test.sh (it installs it with apt-get) " +
                $"or `apt-get install -y chromium`, or set {ChromiumVariable}.");
    }
}

[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardServer>
{
    public const string Name = "dashboard in Chromium";
}
