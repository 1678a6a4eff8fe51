using Concierge.Simulator.Calls;
using Concierge.Simulator.Protocol;
using System.Net;
using System.Text.RegularExpressions;
using Concierge.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Orleans;

namespace Concierge.Dashboard.Tests.Server;

/// <summary>
/// The app in memory for the dashboard's server-side rules (cookies, antiforgery, redirects), on a SQLite file of its
/// own, or as one node of a cluster on a PostgreSQL database.
/// </summary>
public sealed partial class DashboardAppFactory : WebApplicationFactory<Program>
{
    public const string OwnerApiKey = "ck_server_side_owner_key_0123456789";
    public const string AuthToken = "dashboard-server-test-token";
    public static readonly Uri PublicBaseUrl = new("https://concierge.example.com");

    private readonly TempDirectory directory = new();
    private readonly Dictionary<string, string> store;

    /// <summary>Configuration on top of the defaults; a test adds to it before the app starts.</summary>
    public Dictionary<string, string> Settings { get; } = [];

    public DashboardAppFactory()
    {
        store = new() { ["Concierge:Storage:ConnectionString"] = $"Data Source={directory.File("concierge.db")}" };
    }

    private DashboardAppFactory(Dictionary<string, string> store)
    {
        this.store = store;
    }

    /// <summary>A node of a deployment on <paramref name="postgres"/>: the nodes on one database form one Orleans cluster.</summary>
    public static DashboardAppFactory ClusterNode(string postgres) => new(new()
    {
        ["Concierge:Storage:Provider"] = "Postgres",
        ["Concierge:Storage:ConnectionString"] = postgres,
        ["Concierge:Cluster:Provider"] = "AdoNet",
        ["Concierge:Cluster:AdvertisedIP"] = "127.0.0.1",
    });

    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    /// <summary>A client that keeps cookies and shows redirects instead of following them; over HTTPS when asked.</summary>
    public HttpClient Browser(bool https = false) =>
        CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = true,
            BaseAddress = new Uri(https ? "https://localhost" : "http://localhost"),
        });

    /// <summary>Signs <paramref name="browser"/> in through the form, as a person would; returns the answer to the form's post.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient browser, string key = OwnerApiKey, string? returnUrl = null)
    {
        var token = await AntiforgeryTokenAsync(browser, "/signin");
        var fields = new Dictionary<string, string> { ["key"] = key, ["__RequestVerificationToken"] = token };
        if (returnUrl is not null)
        {
            fields["returnUrl"] = returnUrl;
        }

        return await browser.PostAsync(new Uri("/signin", UriKind.Relative), new FormUrlEncodedContent(fields));
    }

    /// <summary>The antiforgery token of the form on <paramref name="path"/> (the matching cookie lands in the client's jar).</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient browser, string path)
    {
        using var response = await browser.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return TokenField().Match(await response.Content.ReadAsStringAsync()).Groups[1].Value;
    }

    public SimulatedCall NewCall() =>
        new(CreateClient(), new TwilioAccount(PublicBaseUrl.ToString(), AuthToken), $"+1415555{Random.Shared.Next(0, 10000):D4}", "+18005550000");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseFreeSiloPort().UseTestPeerAddress();
        foreach (var (key, value) in store)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Concierge:Owner:Phone", "+14155550100");
        builder.UseSetting("Concierge:Owner:ApiKey", OwnerApiKey);
        builder.UseSetting("Concierge:Twilio:AuthToken", AuthToken);
        builder.UseSetting("Concierge:Twilio:PublicBaseUrl", PublicBaseUrl.ToString());
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            directory.Dispose();
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
