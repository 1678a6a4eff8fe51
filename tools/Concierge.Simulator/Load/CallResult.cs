using Concierge.Simulator.Calls;

namespace Concierge.Simulator.Load;

/// <summary>One call of a load run: which script, the call with every webhook it exchanged, how it ended, and why if it failed.</summary>
public sealed record CallResult(string Script, SimulatedCall Call, string Outcome, string? Error = null);
