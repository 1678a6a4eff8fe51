using System.Globalization;
using Concierge.Grains.Interfaces.Screening;

namespace Concierge.Grains.Screening.Offline;

/// <summary>
/// The offline screener's rules, in order; the first that applies decides. The order is the policy:
/// <list type="number">
/// <item>a known spammer (spam score ≥ 0.7) or a caller blocked last time is blocked, however polite;</item>
/// <item>robocalls, then scams, are blocked (before the owner's lists: "always put through: bank" must not let a fake bank
/// through), and a request for a code, a card, bank details, gift cards or remote access is a scam however urgent it sounds;</item>
/// <item>the owner's "never" list ends the call, then the owner's "always" list puts it through;</item>
/// <item>a wrong number, a sales pitch, a survey, an appeal or a campaign ends politely, even from a caller who gave a
/// name and a company (before urgency: "have you been in an accident?" is a pitch);</item>
/// <item>an emergency, a child's school, or police without a threat is put through as urgent;</item>
/// <item>a courier at the door is put through, as is a caller who needs the owner's decision or presence now; other
/// deliveries, appointments and routine notices from businesses take a message;</item>
/// <item>a caller returning the owner's call is put through; one who asks to leave a message leaves one;</item>
/// <item>an organisation that says why it calls but shows no dealings with the owner leaves a message;</item>
/// <item>a caller who said who they are and why is put through, as is a named caller who was put through last time;</item>
/// <item>otherwise ask for what is missing, or, at the last turn, take a message.</item>
/// </list>
/// </summary>
internal static class ScreeningPolicy
{
    private static readonly (Func<ScreeningSituation, Verdict?> Rule, VerdictBasis Basis)[] Rules =
    [
        (KnownSpammer, VerdictBasis.Safety), (Robocall, VerdictBasis.Safety), (Scam, VerdictBasis.Safety),
        (OwnerNeverPutsThrough, VerdictBasis.Safety), (OwnerAlwaysPutsThrough, VerdictBasis.Safety),
        (WrongNumber, VerdictBasis.Heard), (Sales, VerdictBasis.Heard), (Urgent, VerdictBasis.Heard), (DeliveryAtTheDoor, VerdictBasis.Heard),
        (NeedsTheOwner, VerdictBasis.Heard), (RoutineNotice, VerdictBasis.Heard), (ReturnedCall, VerdictBasis.Heard), (MessageRequested, VerdictBasis.Heard),
        (UnsolicitedOrganisation, VerdictBasis.Guess), (KnownWhoAndWhy, VerdictBasis.Guess), (TrustedCaller, VerdictBasis.Heard),
        (AskOrTakeMessage, VerdictBasis.Guess),
    ];

    public static Verdict Decide(ScreeningSituation situation)
    {
        foreach (var (rule, basis) in Rules)
        {
            if (rule(situation) is { } verdict)
            {
                return verdict with { Basis = basis };
            }
        }
        throw new InvalidOperationException("The last rule always decides.");
    }

    private static Verdict? KnownSpammer(ScreeningSituation situation) =>
        situation.History.IsKnownSpammer()
            ? Block(CallCategory.Spam, string.Create(CultureInfo.InvariantCulture, $"Known spam caller (spam score {situation.History.SpamScore:0.00})."))
        : situation.History.WasLastBlocked()
            ? Block(CallCategory.Spam, "Blocked on their last call, and not put through since.")
        : null;

    private static Verdict? Robocall(ScreeningSituation situation) =>
        situation.Call.First(CueKind.Robocall) is { } cue
            ? Block(CallCategory.Robocall, cue.Describe("Robocall") + ".", cue)
            : null;

    private static Verdict? Scam(ScreeningSituation situation) =>
        ScamReading.Read(situation.Call) is { } scam ? Block(CallCategory.Scam, scam.Reason, scam.Cue) : null;

    private static Verdict? OwnerNeverPutsThrough(ScreeningSituation situation) =>
        situation.Instructions.NeverPutThrough.FirstOrDefault(keyword => keyword.IsFoundIn(situation.Call)) is { } keyword
            ? new(ScreeningAction.End, situation.LikelyCategory, Urgency.Low, ReplyKind.SuggestText,
                $"The owner's instructions say never to put through {Cue.Quote(keyword.Text)}.")
            : null;

    private static Verdict? OwnerAlwaysPutsThrough(ScreeningSituation situation)
    {
        if (situation.Instructions.AlwaysPutThrough.FirstOrDefault(keyword => keyword.IsFoundIn(situation.Call)) is not { } keyword)
        {
            return null;
        }
        var category = situation.LikelyCategory;
        var urgent = category == CallCategory.Urgent;
        return new(ScreeningAction.Transfer, category, urgent ? Urgency.High : Urgency.Normal,
            urgent ? ReplyKind.PutThroughUrgently : ReplyKind.PutThrough,
            $"The owner's instructions say always to put through {Cue.Quote(keyword.Text)}.");
    }

    private static Verdict? WrongNumber(ScreeningSituation situation) =>
        situation.Call.First(CueKind.WrongNumber) is { } cue
            ? new(ScreeningAction.End, CallCategory.Unknown, Urgency.Low, ReplyKind.WrongNumber, "The caller dialled the wrong number.", cue)
            : null;

    private static Verdict? Sales(ScreeningSituation situation) =>
        situation.Call.First(CueKind.Sales) is { } cue
            ? new(ScreeningAction.End, CallCategory.Sales, Urgency.Low, ReplyKind.SuggestText, cue.Describe("Sales") + ".", cue)
            : null;

    private static Verdict? Urgent(ScreeningSituation situation)
    {
        if (situation.Call.First(CueKind.Urgent) is { } cue)
        {
            return PutThroughUrgently(cue.Describe("Urgent") + ".", cue);
        }
        return situation.Call.First(CueKind.EmergencyService) is { } police
            ? PutThroughUrgently(police.Describe("Urgent") + ", with no threat or demand for money.", police)
            : null;
    }

    private static Verdict? DeliveryAtTheDoor(ScreeningSituation situation) =>
        situation.Call.First(CueKind.Delivery) is { } delivery && situation.Call.First(CueKind.AtTheDoor) is { } door
            ? new(ScreeningAction.Transfer, CallCategory.Delivery, Urgency.Normal, ReplyKind.PutThrough,
                $"A delivery is waiting at the door right now ({Cue.Quote(door.Words)}).", delivery)
            : null;

    /// <summary>A decision, an approval or a visit only the owner can give: a message would come too late.</summary>
    private static Verdict? NeedsTheOwner(ScreeningSituation situation) =>
        situation.Call.First(CueKind.NeedsOwner) is { } cue
            ? new(ScreeningAction.Transfer, ExceptUnknown(situation.LikelyCategory, CallCategory.Business), Urgency.Normal, ReplyKind.PutThrough,
                situation.KnowsWho
                    ? $"{Who(situation)} said who they are and why they call: {cue.Topic} ({Cue.Quote(cue.Words)})."
                    : $"The caller needs {OwnerOrFallback(situation)} now: {cue.Topic} ({Cue.Quote(cue.Words)}).", cue)
            : null;

    /// <summary>
    /// Deliveries, appointments and ready orders lose nothing by a message, and the owner can call back. Family and
    /// friends are put through even with news that could wait: the owner would rather hear it from them.
    /// </summary>
    private static Verdict? RoutineNotice(ScreeningSituation situation)
    {
        var call = situation.Call;
        if (situation.IsPrivatePerson)
        {
            return null;
        }
        var (cue, category) = call.First(CueKind.Delivery) is { } delivery ? (delivery, CallCategory.Delivery)
            : call.First(CueKind.Appointment) is { } appointment ? (appointment, CallCategory.Appointment)
            : call.First(CueKind.Routine) is { } routine ? (routine, CallCategory.Business)
            : (null, CallCategory.Unknown);
        return cue is null
            ? null
            : new(ScreeningAction.TakeMessage, category, Urgency.Low, ReplyKind.TakeMessage,
                cue.Describe("Routine notice") + ", and a message is enough.", cue);
    }

    private static Verdict? ReturnedCall(ScreeningSituation situation) =>
        situation.Call.First(CueKind.ReturnCall) is { } cue
            ? new(ScreeningAction.Transfer, ExceptUnknown(situation.LikelyCategory, CallCategory.Personal), Urgency.Normal, ReplyKind.PutThrough,
                $"Returning a call from {OwnerOrFallback(situation)} ({Cue.Quote(cue.Words)}).", cue)
            : null;

    private static Verdict? MessageRequested(ScreeningSituation situation) =>
        situation.Call.First(CueKind.LeaveMessage) is { } cue
            ? new(ScreeningAction.TakeMessage, situation.LikelyCategory, Urgency.Normal, ReplyKind.TakeMessage,
                $"The caller asked to leave a message ({Cue.Quote(cue.Words)}).")
            : null;

    /// <summary>
    /// A company or office that says why it calls but shows no dealings with the owner (no name of theirs, none of
    /// their people or affairs) is a stranger's approach: a name and a company alone do not earn a transfer. Nothing
    /// marks it as a pitch either, so it leaves a message: a business the owner does deal with loses nothing by one.
    /// </summary>
    private static Verdict? UnsolicitedOrganisation(ScreeningSituation situation) =>
        situation.KnowsWhy && situation.IsOrganisation && !situation.IsLinkedToOwner
            ? new(ScreeningAction.TakeMessage, CallCategory.Business, Urgency.Low, ReplyKind.TakeMessage,
                $"{Who(situation)} gave a reason but no sign of any dealings with {OwnerOrFallback(situation)} (neither their name nor anyone or anything of theirs), so a message is enough.")
            : null;

    private static Verdict? KnownWhoAndWhy(ScreeningSituation situation) =>
        situation.KnowsWho && situation.KnowsWhy
            ? new(ScreeningAction.Transfer, ExceptUnknown(situation.LikelyCategory, CallCategory.Personal), Urgency.Normal, ReplyKind.PutThrough,
                $"{Who(situation)} said who they are and why they call.")
            : null;

    private static Verdict? TrustedCaller(ScreeningSituation situation) =>
        situation.History.WasLastPutThrough() && !string.IsNullOrWhiteSpace(situation.History.KnownName)
            ? new(ScreeningAction.Transfer, ExceptUnknown(situation.LikelyCategory, CallCategory.Personal), Urgency.Normal, ReplyKind.PutThrough,
                $"{situation.History.KnownName!.Trim()} was put through on their last call.")
            : null;

    /// <summary>The question for what is missing, or a message at the last turn.</summary>
    public static Verdict AskOrTakeMessage(ScreeningSituation situation)
    {
        var (who, why) = (situation.KnowsWho, situation.KnowsWhy);
        if (situation.Context.IsLastTurn)
        {
            var missing = who ? "reason" : why ? "name" : "name or reason";
            return new(ScreeningAction.TakeMessage, situation.LikelyCategory, Urgency.Normal, ReplyKind.TakeMessage,
                $"Still no {missing} at the last turn, so the caller was asked for a message.");
        }
        return (who, why) switch
        {
            (true, _) => Ask(situation, ReplyKind.AskWhy, $"{Who(situation)} gave no reason yet; asking what the call is about."),
            (false, true) => Ask(situation, ReplyKind.AskWho, "A reason but no name yet; asking who is calling."),
            _ => Ask(situation, ReplyKind.AskWhoAndWhy, "No name or reason yet; asking who is calling and why."),
        };
    }

    private static Verdict Ask(ScreeningSituation situation, ReplyKind question, string reason) =>
        new(ScreeningAction.Ask, situation.LikelyCategory, Urgency.Normal, question, reason);

    private static Verdict Block(CallCategory category, string reason, Cue? cue = null) =>
        new(ScreeningAction.Block, category, Urgency.Low, ReplyKind.Close, reason, cue);

    private static Verdict PutThroughUrgently(string reason, Cue cue) =>
        new(ScreeningAction.Transfer, CallCategory.Urgent, Urgency.High, ReplyKind.PutThroughUrgently, reason, cue);

    private static CallCategory ExceptUnknown(CallCategory category, CallCategory otherwise) =>
        category == CallCategory.Unknown ? otherwise : category;

    /// <summary>How the call log names the caller: their name, their organisation, or what they are to the owner.</summary>
    private static string Who(ScreeningSituation situation) =>
        situation.CallerName
        ?? situation.Call.Introduction.Organisation
        ?? (situation.Call.First(CueKind.PersonalRelation) ?? situation.Call.First(CueKind.BusinessRole)) switch
        {
            { } relation => $"The caller ({relation.Words})",
            null => "The caller",
        };

    private static string OwnerOrFallback(ScreeningSituation situation) =>
        string.IsNullOrWhiteSpace(situation.Context.OwnerName) ? "the owner" : situation.Context.OwnerName.Trim();
}
