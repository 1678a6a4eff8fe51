using Concierge.Simulator.Calls;
using Concierge.Simulator.Scripts;

namespace Concierge.Simulator.Load;

/// <summary>What a load run does: <paramref name="Callers"/> scripted callers, <paramref name="Concurrency"/> at a time.</summary>
/// <param name="Scripts">Callers take these in turn (caller i plays script i mod count).</param>
/// <param name="To">The Twilio number called.</param>
public sealed record LoadPlan(int Callers, int Concurrency, IReadOnlyList<CallerScript> Scripts, string To, OwnerBehaviour Owner)
{
    /// <summary>Callers for a run that goes on until it is cancelled.</summary>
    public const int Unlimited = int.MaxValue;
}
