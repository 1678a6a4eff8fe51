using Orleans;

namespace Concierge.Grains.Interfaces.Projections;

/// <summary>A caller as the owner sees them in the callers list (written by the caller grain, and by a call grain as its call starts).</summary>
[ProjectionTable("callers", nameof(CompanyId), nameof(Phone))]
[GenerateSerializer, Immutable, Alias("concierge.CallerRow")]
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
