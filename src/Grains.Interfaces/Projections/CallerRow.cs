namespace Concierge.Grains.Interfaces.Projections;

/// <summary>A caller as the owner sees them in the callers list.</summary>
[ProjectionTable("callers", nameof(CompanyId), nameof(Phone))]
public sealed record CallerRow(
    string CompanyId,
    string Phone,
    string? Name,
    int CallCount,
    long? LastCallAtMs,
    string? LastDecision,
    double SpamScore,
    bool Blocked,
    long UpdatedAtMs) : IProjectionRow;
