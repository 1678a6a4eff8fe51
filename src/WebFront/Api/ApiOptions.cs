namespace Concierge.WebFront.Api;

/// <summary>REST API settings (<c>Concierge:Api</c>); the operator's key is <c>Concierge:AdminKey</c>.</summary>
public sealed class ApiOptions
{
    public const string SectionName = "Concierge:Api";

    /// <summary>Requests one API key may make per minute before getting 429 with Retry-After.</summary>
    public int RequestsPerMinute { get; set; } = 600;

    /// <summary>The largest JSON body accepted; larger ones get 413.</summary>
    public int MaxBodyBytes { get; set; } = 64 * 1024;
}
