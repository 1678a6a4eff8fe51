namespace Concierge.TestSupport;

/// <summary>
/// Environment variables for a Concierge process that takes simulated calls: a Twilio auth token and public URL to sign
/// for, an owner (Alex, English and French) to put calls through to, the store, and warnings-only logs so that logging
/// does not dominate what load tests measure.
/// </summary>
public static class ConciergeEnvironment
{
    public const string AuthToken = "simulator-auth-token-0123456789";
    public const string PublicBaseUrl = "https://concierge.example.com";
    public const string OwnerPhone = "+14155550100";
    public const string TwilioNumber = "+18005550000";

    public static Dictionary<string, string> Sqlite(string databaseFile) => With("Sqlite", $"Data Source={databaseFile}");

    public static Dictionary<string, string> Postgres(string connectionString) => With("Postgres", connectionString);

    /// <summary>SQLite, with new calls in realtime mode against the realtime model at <paramref name="model"/> (a fake's).</summary>
    public static Dictionary<string, string> SqliteRealtime(string databaseFile, Uri model)
    {
        var environment = Sqlite(databaseFile);
        environment["Concierge__Voice__Mode"] = "realtime";
        environment["Concierge__Realtime__Endpoint"] = model.ToString();
        environment["Concierge__Realtime__ApiKey"] = "fake-realtime-key";
        return environment;
    }

    private static Dictionary<string, string> With(string provider, string connectionString) => new()
    {
        ["Concierge__Storage__Provider"] = provider,
        ["Concierge__Storage__ConnectionString"] = connectionString,
        ["Concierge__Twilio__AuthToken"] = AuthToken,
        ["Concierge__Twilio__PublicBaseUrl"] = PublicBaseUrl,
        ["Concierge__Owner__Name"] = "Alex",
        ["Concierge__Owner__Phone"] = OwnerPhone,
        ["Concierge__Owner__Languages__0"] = "en-US",
        ["Concierge__Owner__Languages__1"] = "fr-FR",
        ["Logging__LogLevel__Default"] = "Warning",
    };
}
