using Concierge.Grains.Interfaces.Screening;

namespace Concierge.Grains.Screening.Offline.Learned;

/// <summary>
/// Weighs the rules' verdict against the trained classifier. The rules' safety layer always stands; elsewhere the
/// classifier replaces the verdict when it prefers another action and is as sure as <see cref="ClassifierTrust"/>
/// asks. Its reason names the caller's words that weighed most for its choice over the rules'.
/// </summary>
internal sealed class LearnedJudgement(ScreeningModel model, ClassifierTrust trust)
{
    private const int WordsInReason = 3;

    public Verdict Review(ScreeningSituation situation, Verdict rules)
    {
        if (rules.Basis == VerdictBasis.Safety)
        {
            return rules;
        }
        var needed = rules.Basis == VerdictBasis.Guess ? trust.OverGuess : trust.OverHeard;
        if (needed > 1)
        {
            return rules;
        }
        var score = model.Score(situation.Call, situation.Context.IsLastTurn);
        var best = score.Best;
        var action = model.Actions[best];
        if (action == rules.Action || score.Probabilities[best] < needed || !MayReplace(situation, rules, action))
        {
            return rules;
        }
        var other = model.Actions.ToList().IndexOf(rules.Action);
        var words = score.WordsFor(best, other >= 0 ? other : score.SecondBest(best), WordsInReason);
        return Verdict(situation, action, words.Count == 0 ? "" : ": " + string.Join(", ", words));
    }

    /// <summary>
    /// The classifier learnt from first-time callers, so a caller the history knows is left to the rules. It never puts
    /// through a caller who has given no reason (the rules ask for one: a name alone is not enough), though someone
    /// reporting harm ("the car broke down and my phone is dying") has given one whether or not the rules read it. A
    /// caller who has said neither who they are nor why gets the question first (an "it's me" caller is asked, never
    /// ended); one who gave a reason without a name may be ended or blocked on it, as a pitch or a scam is. Nor does
    /// it ask a question the rules have no turn left for, or one the caller has answered (who and why are both known),
    /// nor make a caller the rules heard say it is urgent ("it's an emergency!") wait on a question: it may still end or
    /// block a pitch or a scam that borrows urgent words, but a short urgent call looks like a short "it's me" one.
    /// </summary>
    private static bool MayReplace(ScreeningSituation situation, Verdict rules, ScreeningAction action)
    {
        var givesReason = situation.KnowsWhy || IntentSignals.Has(situation.Call.NormalizedWords, IntentSignals.Harm);
        return string.IsNullOrWhiteSpace(situation.History.KnownName) && situation.History.RecentDecisions.Count == 0
            && (action != ScreeningAction.Transfer || givesReason)
            && (rules.Action != ScreeningAction.Ask || situation.KnowsWho || action == ScreeningAction.Transfer || situation.KnowsWhy)
            && (action != ScreeningAction.Ask || !(situation.Context.IsLastTurn || (situation.KnowsWho && situation.KnowsWhy) || HeardUrgent(rules)));
    }

    private static bool HeardUrgent(Verdict rules) =>
        rules is { Basis: VerdictBasis.Heard, Action: ScreeningAction.Transfer, Category: CallCategory.Urgent };

    private static Verdict Verdict(ScreeningSituation situation, ScreeningAction action, string words)
    {
        var likely = situation.LikelyCategory;
        return action switch
        {
            ScreeningAction.Transfer when likely == CallCategory.Urgent => new(action, likely, Urgency.High, ReplyKind.PutThroughUrgently,
                $"Sounded urgent{words}.", Basis: VerdictBasis.Guess),
            ScreeningAction.Transfer => new(action, likely == CallCategory.Unknown ? CallCategory.Personal : likely, Urgency.Normal, ReplyKind.PutThrough,
                $"Sounded like a call to put through{words}.", Basis: VerdictBasis.Guess),
            ScreeningAction.Block => new(action, CallCategory.Scam, Urgency.Low, ReplyKind.Close, $"Sounded like a scam{words}.", Basis: VerdictBasis.Guess),
            ScreeningAction.End => new(action, CallCategory.Sales, Urgency.Low, ReplyKind.SuggestText,
                $"Sounded like a sales or other unsolicited call{words}.", Basis: VerdictBasis.Guess),
            ScreeningAction.TakeMessage => new(action, likely is CallCategory.Unknown or CallCategory.Urgent ? CallCategory.Business : likely, Urgency.Low,
                ReplyKind.TakeMessage, $"Sounded like news a message serves as well{words}.", Basis: VerdictBasis.Guess),
            _ => ScreeningPolicy.AskOrTakeMessage(situation) is var question
                ? question with { Reason = $"Not clear yet{words}. {question.Reason}", Basis = VerdictBasis.Guess }
                : throw new InvalidOperationException(),
        };
    }
}
