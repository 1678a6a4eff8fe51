namespace Concierge.WebFront.Api;

/// <summary>Names of the API's authorization and rate-limiting policies.</summary>
public static class ApiPolicies
{
    /// <summary>A company's own API key.</summary>
    public const string Company = "company";

    /// <summary>The operator's admin key (<c>Concierge:AdminKey</c>).</summary>
    public const string Admin = "admin";

    /// <summary>Requests per minute, counted per API key.</summary>
    public const string PerKey = "per-key";

    /// <summary>Default and largest page sizes for list endpoints.</summary>
    public const int DefaultPageSize = 25;

    public const int MaxPageSize = 100;
}
