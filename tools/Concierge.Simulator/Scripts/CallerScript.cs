namespace Concierge.Simulator.Scripts;

/// <summary>
/// A scripted caller: what they say on each of their calls (all from one number, one after the other).
/// A null line is silence: the caller lets the concierge's question time out.
/// </summary>
/// <param name="ExceptionContact">When set, the caller's number is put on the owner's exception list first, under this name.</param>
public sealed record CallerScript(string Name, string Description, IReadOnlyList<ScriptedCall> Calls, string? ExceptionContact = null);

/// <summary>One call of a <see cref="CallerScript"/>: the caller's lines in order, each said when the concierge listens.</summary>
public sealed record ScriptedCall(IReadOnlyList<string?> Lines);
