namespace Concierge.Grains.Interfaces.Screening;

/// <summary>
/// Decides the next step of a screened call. Two kinds exist: the offline, deterministic screener (the
/// embedded default) and a model-backed one; the caller of a brain enforces the deadline and falls back to
/// the offline screener, so an implementation may be slow or fail but must never return an invalid decision.
/// </summary>
public interface IScreeningBrain
{
    /// <summary>Short name recorded with each decision ("offline", "openai:gpt-4o-mini").</summary>
    string Name { get; }

    /// <summary>Decides what to do after the caller's latest words.</summary>
    Task<ScreeningDecision> DecideAsync(ScreeningContext context, CancellationToken cancellationToken);
}
