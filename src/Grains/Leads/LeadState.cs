using Concierge.Grains.Interfaces.Leads;

namespace Concierge.Grains.Leads;

/// <summary>A lead's durable state, owned by its <see cref="LeadGrain"/>.</summary>
public sealed class LeadState
{
    /// <summary>The lead as handed over; null until recorded. Its personal fields are blanked when the lead is erased.</summary>
    public NewLead? Lead { get; set; }

    public string Status { get; set; } = LeadStatuses.New;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? ErasedAt { get; set; }

    /// <summary>When the next call is due; null when none is.</summary>
    public DateTimeOffset? NextAttemptAt { get; set; }

    public List<LeadAttempt> Attempts { get; set; } = [];

    public List<LeadAnswer> Answers { get; set; } = [];

    public List<LeadTurn> Transcript { get; set; } = [];

    public int? Score { get; set; }

    public string? Tier { get; set; }

    public string? Summary { get; set; }

    public string? NextStep { get; set; }
}
