using Concierge.Grains.Interfaces.Projections;

namespace Concierge.Grains.Leads;

/// <summary>A lead's row in the leads list, from its state.</summary>
public static class LeadRows
{
    public static LeadRow Of(string leadId, LeadState state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        var lead = state.Lead!;
        return new LeadRow
        {
            LeadId = leadId,
            CompanyId = lead.CompanyId,
            Name = lead.Name,
            Phone = lead.Phone,
            Source = lead.Source,
            Status = state.Status,
            Score = state.Score,
            Tier = state.Tier,
            Attempts = state.Attempts.Count,
            CreatedAtMs = state.CreatedAt.ToUnixTimeMilliseconds(),
            NextAttemptAtMs = (state.NextAttemptAt ?? state.Notification?.DueAt)?.ToUnixTimeMilliseconds(), // the sweep resumes a pending notification too
            UpdatedAtMs = now.ToUnixTimeMilliseconds(),
        };
    }
}
