namespace Concierge.WebFront.Api;

/// <summary>REST API settings (<c>Concierge:Api</c>); the operator's key is <c>Concierge:AdminKey</c>.</summary>
public sealed class ApiOptions
{
    public const string SectionName = "Concierge:Api";

    /// <summary>Requests one API key may make per minute before getting 429 with Retry-After.</summary>
    public int RequestsPerMinute { get; set; } = 600;

    /// <summary>The largest JSON body accepted; larger ones get 413.</summary>
    public int MaxBodyBytes { get; set; } = 64 * 1024;

    /// <summary>Wrong API keys (REST API and dashboard sign-in together) one client address may present per minute before every key it sends gets 429.</summary>
    public int FailedKeysPerClientPerMinute { get; set; } = 20;

    /// <summary>Wrong API keys starting with the same <see cref="FailedKeyThrottle.PrefixLength"/> characters, from anywhere, per minute before that prefix gets 429.</summary>
    public int FailedKeysPerPrefixPerMinute { get; set; } = 10;
}
