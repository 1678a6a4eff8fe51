using Concierge.Grains.Interfaces.Leads;

namespace Concierge.Silo.Leads;

/// <summary>No model configured (<c>Concierge:Model:Provider</c> Offline): leads keep the offline scorer's result.</summary>
public sealed class UnconfiguredLeadScorer : ILeadScorer
{
    public bool IsConfigured => false;

    public string Name => "none";

    public Task<LeadScoring> ScoreAsync(LeadScoringRequest request, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("No model is configured (Concierge:Model:Provider).");
}
