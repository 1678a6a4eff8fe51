namespace Concierge.WebFront.Api;

/// <summary>
/// The keys an operator chooses (section <c>Concierge</c>): <c>Concierge:AdminKey</c> for company management and
/// <c>Concierge:Owner:ApiKey</c> for the default company. Keys the app generates are long and random; these are typed by
/// a person, so Production refuses short ones (<see cref="ProductionOperatorKeysValidator"/>).
/// </summary>
public sealed class OperatorKeyOptions
{
    public const string SectionName = "Concierge";
    public const string AdminKeySetting = "Concierge:AdminKey";
    public const string OwnerKeySetting = "Concierge:Owner:ApiKey";

    /// <summary>Shortest operator key Production accepts: 32 characters leave nothing to guess at any request rate.</summary>
    public const int MinimumProductionLength = 32;

    /// <summary>The operator's key; unset or empty closes company management.</summary>
    public string? AdminKey { get; set; }

    public OwnerKey Owner { get; set; } = new();

    public sealed class OwnerKey
    {
        public string? ApiKey { get; set; }
    }
}
