namespace Concierge.Grains.Interfaces.Projections;

/// <summary>A company in the operator's list.</summary>
[ProjectionTable("companies", nameof(CompanyId))]
public sealed record CompanyRow(string CompanyId, string Name, string? OwnerPhone, long CreatedAtMs, long UpdatedAtMs) : IProjectionRow;
