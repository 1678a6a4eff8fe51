using Concierge.Simulator.Calls;
using Concierge.Simulator.Scripts;

namespace Concierge.Simulator;

/// <summary>One simulator run, as the command line describes it.</summary>
/// <param name="Url">Where the concierge listens.</param>
/// <param name="PublicBaseUrl">The URL the concierge checks signatures against.</param>
/// <param name="ApiKey">The owner's API key, for the exception list; null to screen exception callers like anyone.</param>
public sealed record SimulatorSettings(
    Uri Url,
    string PublicBaseUrl,
    string AuthToken,
    int Callers,
    int Concurrency,
    IReadOnlyList<CallerScript> Scripts,
    string To,
    OwnerBehaviour Owner,
    string? ApiKey);
