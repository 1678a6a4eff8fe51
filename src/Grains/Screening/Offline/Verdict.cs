using Concierge.Grains.Interfaces.Screening;

namespace Concierge.Grains.Screening.Offline;

/// <summary>What the policy decided, before it is worded for the caller.</summary>
/// <param name="DecidingCue">The cue the decision rests on, if one does: its clause becomes the call's purpose.</param>
/// <param name="Basis">What kind of rule decided, set by <see cref="ScreeningPolicy"/>.</param>
internal sealed record Verdict(
    ScreeningAction Action,
    CallCategory Category,
    Urgency Urgency,
    ReplyKind Reply,
    string Reason,
    Cue? DecidingCue = null,
    VerdictBasis Basis = VerdictBasis.Heard);
