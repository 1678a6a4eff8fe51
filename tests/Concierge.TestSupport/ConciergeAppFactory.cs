using Concierge.Simulator.Calls;
using Concierge.Simulator.Protocol;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Orleans.Runtime;

namespace Concierge.TestSupport;

/// <summary>
/// The whole app in memory on its embedded default store (a SQLite file of its own), with a Twilio auth token,
/// a public base URL and an owner phone configured; or, from <see cref="ClusterNode"/>, one node of a cluster on a
/// PostgreSQL database. The one app factory of every test project: tests share one app per class and own their data
/// by using their own CallSids and caller numbers (<see cref="TestPhones"/>).
/// </summary>
public class ConciergeAppFactory : WebApplicationFactory<Program>
{
    public const string AuthToken = "test-auth-token-0123456789abcdef";
    public const string OwnerPhone = "+14155550100";
    public const string TwilioNumber = "+18005550000";
    public const string OwnerApiKey = "ck_test_owner_key_0123456789";
    public const string AdminKey = "test-admin-key-0123456789";
    public static readonly Uri PublicBaseUrl = new("https://concierge.example.com");

    private readonly TempDirectory directory = new();

    /// <summary>Where an unconfigured app runs (its ./data goes there); null for the configured test app.</summary>
    private readonly string? contentRoot;

    private readonly string? environment;

    public ConciergeAppFactory()
    {
    }

    private ConciergeAppFactory(string contentRoot, string environment)
    {
        this.contentRoot = contentRoot;
        this.environment = environment;
        Settings.Clear();
    }

    /// <summary>Configuration on top of the defaults; a subclass or a test adds to it before the app starts.</summary>
    public Dictionary<string, string?> Settings { get; } = new()
    {
        ["Concierge:Twilio:AuthToken"] = AuthToken,
        ["Concierge:Twilio:PublicBaseUrl"] = PublicBaseUrl.ToString(),
        ["Concierge:Owner:Name"] = "Alex",
        ["Concierge:Owner:Phone"] = OwnerPhone,
        ["Concierge:Owner:Languages:0"] = "en-US",
        ["Concierge:Owner:Languages:1"] = "fr-FR",
        ["Concierge:Owner:ApiKey"] = OwnerApiKey,
        ["Concierge:AdminKey"] = AdminKey,
    };

    /// <summary>The Twilio account the app is configured with: what its callers sign with.</summary>
    public static TwilioAccount Account { get; } = new(PublicBaseUrl.ToString(), AuthToken);

    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    /// <summary>
    /// The app as a fresh clone runs it, nothing configured, in <paramref name="contentRoot"/> (its ./data goes there),
    /// as <paramref name="environment"/>, with only <paramref name="settings"/>: for tests of the defaults and of start-up checks.
    /// </summary>
    public static ConciergeAppFactory Unconfigured(string contentRoot, string environment = "Development", params (string Key, string Value)[] settings)
    {
        var app = new ConciergeAppFactory(contentRoot, environment);
        foreach (var (key, value) in settings)
        {
            app.Settings[key] = value;
        }

        return app;
    }

    /// <summary>A node of a deployment on <paramref name="postgres"/>: the nodes on one database form one Orleans cluster.</summary>
    public static ConciergeAppFactory ClusterNode(string postgres)
    {
        var node = new ConciergeAppFactory();
        node.Settings["Concierge:Storage:Provider"] = "Postgres";
        node.Settings["Concierge:Storage:ConnectionString"] = postgres;
        node.Settings["Concierge:Cluster:Provider"] = "AdoNet";
        node.Settings["Concierge:Cluster:AdvertisedIP"] = "127.0.0.1";
        return node;
    }

    /// <summary>A caller with a number of its own, speaking to this app the way Twilio does.</summary>
    public SimulatedCall NewCall(string? from = null, string? to = null) => new(CreateClient(), Account, from ?? TestPhones.Next(), to ?? TwilioNumber);

    /// <summary>A client sending <paramref name="apiKey"/> as X-Api-Key (none when null).</summary>
    public HttpClient Api(string? apiKey = OwnerApiKey)
    {
        var client = CreateClient();
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }

        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseFreeSiloPort().UseTestPeerAddress();
        builder.ConfigureTestServices(services => services.AddSingleton<IFatalErrorHandler, StopAppOnFatalError>());
        if (contentRoot is not null)
        {
            builder.UseContentRoot(contentRoot).UseEnvironment(environment!);
        }
        else
        {
            builder.UseSetting("Concierge:Storage:ConnectionString", $"Data Source={directory.File("concierge.db")}");
        }

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
}
