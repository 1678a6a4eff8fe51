namespace Concierge.Grains.Screening.Offline;

/// <summary>
/// Whether a call is a scam, from what the caller does rather than from any script: asks for a credential (a code, a
/// card, bank details, gift cards, remote access); says a scam phrase; or combines an institution, a windfall or a
/// parcel with a threat or a fee. Each finding is worded for the owner's call log.
/// </summary>
internal static class ScamReading
{
    /// <summary>The reason the call is a scam and the cue it rests on, or null when nothing says scam.</summary>
    public static (string Reason, Cue Cue)? Read(CallFacts call)
    {
        if (call.First(CueKind.Scam) is { } scam)
        {
            return (scam.Describe("Scam") + ".", scam);
        }
        if (Credential(call) is { } credential)
        {
            return ($"Scam: the caller asked for {credential.Named()}, which no genuine bank, office or relative asks for on the phone.", credential);
        }
        // "No payment is due": the fee word asks for nothing.
        var fee = call.Has(CueKind.NothingToPay) ? null : call.First(CueKind.Fee);
        var pressure = call.First(CueKind.Threat) ?? fee;
        if (pressure is null)
        {
            return null;
        }
        // Real offices, banks and police do not threaten or demand a fee on the phone; impostors do.
        if ((call.First(CueKind.Authority) ?? call.First(CueKind.EmergencyService)) is { } institution)
        {
            var demand = pressure.Kind == CueKind.Threat ? $"makes {pressure.Named()}" : $"asks {pressure.Named()}";
            return ($"Scam: the caller claims to be {institution.Named()} and {demand}.", pressure);
        }
        if (fee is not null && (call.First(CueKind.Windfall) ?? call.First(CueKind.Delivery) ?? call.First(CueKind.Threat)) is { } bait)
        {
            return ($"Scam: the caller asks {fee.Named()} for {bait.Named()}.", fee);
        }
        return null;
    }

    /// <summary>
    /// The first credential asked for. A bare "code" from a courier at the door is the door code, and from a delivery
    /// the code to collect a parcel; any other code asked for on the phone is one a bank or a service sent.
    /// </summary>
    private static Cue? Credential(CallFacts call)
    {
        var atTheDoor = call.Has(CueKind.AtTheDoor) || call.Has(CueKind.Delivery);
        return call.Cues.FirstOrDefault(cue => cue.Kind == CueKind.Credential && !(atTheDoor && cue.Pattern is " code " or " codes "));
    }
}
