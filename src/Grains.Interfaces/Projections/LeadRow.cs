namespace Concierge.Grains.Interfaces.Projections;

/// <summary>
/// A lead in the leads list: written by the lead grain with its state, read by the leads queries (filters: status, score
/// range, creation time; the sweep of leads due for a call reads <see cref="NextAttemptAtMs"/>).
/// </summary>
[ProjectionTable("leads", nameof(LeadId))]
public sealed record LeadRow : IProjectionRow
{
    public required string LeadId { get; init; }

    public required string CompanyId { get; init; }

    public required string Name { get; init; }

    public required string Phone { get; init; }

    public string? Source { get; init; }

    public required string Status { get; init; }

    public int? Score { get; init; }

    public string? Tier { get; init; }

    public int Attempts { get; init; }

    public long CreatedAtMs { get; init; }

    /// <summary>When the lead's next call is due; null when none is.</summary>
    public long? NextAttemptAtMs { get; init; }

    public long UpdatedAtMs { get; init; }
}

/// <summary>
/// The company's open lead for a number: unique per company and number, so two requests for the same number cannot both
/// open a lead. Deleted when the lead closes.
/// </summary>
[ProjectionTable("lead_open_numbers", nameof(CompanyId), nameof(Phone))]
public sealed record LeadOpenNumberRow(string CompanyId, string Phone, string LeadId) : IProjectionRow;
