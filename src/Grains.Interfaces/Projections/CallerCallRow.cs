using Orleans;

namespace Concierge.Grains.Interfaces.Projections;

/// <summary>
/// One call of a caller, written by the call grain in the commit that stores the call's start. The caller grain keeps
/// the same call in its state but saves it later (with its next change), so a call start costs one durable write; on
/// activation the caller grain takes from here the calls its own state does not have yet (a crash in between).
/// </summary>
/// <param name="NameGiven">The caller's name as the call knew it at its start (exception list, earlier calls, caller ID).</param>
[ProjectionTable("caller_calls", nameof(CompanyId), nameof(Phone), nameof(AtMs), nameof(CallSid))]
[GenerateSerializer, Immutable, Alias("concierge.CallerCallRow")]
public sealed record CallerCallRow(string CompanyId, string Phone, long AtMs, string CallSid, string? NameGiven) : IProjectionRow;
