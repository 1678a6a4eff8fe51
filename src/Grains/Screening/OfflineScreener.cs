using Concierge.Grains.Interfaces.Screening;
using Concierge.Grains.Screening.Offline;
using Concierge.Grains.Screening.Offline.Learned;

namespace Concierge.Grains.Screening;

/// <summary>
/// The embedded default screening brain: no keys, no network, deterministic (the same context always gives the same
/// decision) and fast (a few microseconds). It reads every caller turn for cue phrases, a self-introduction and a
/// reason, in English or French, then applies <see cref="ScreeningPolicy"/>'s ordered rules. It answers in the caller's
/// language when the owner speaks it, otherwise in the owner's first language it speaks. The owner's instructions are
/// read for "Always put through: …" and "Never put through: …" keyword lists (see <see cref="OwnerInstructions"/>).
/// Where the rules are unsure, a classifier trained on the screening corpus weighs in (<see cref="ScreeningModel"/>,
/// <see cref="ClassifierTrust"/>); the rules' safety layer always stands.
/// </summary>
public sealed class OfflineScreener(ScreeningModel model, ClassifierTrust trust) : IScreeningBrain
{
    private readonly CueLexicon lexicon = CueLexicon.Default;
    private readonly LearnedJudgement judgement = new(model, trust);

    /// <summary>The committed model, trusted as cross-validation chose when it was trained.</summary>
    public OfflineScreener()
        : this(ScreeningModel.Default, ScreeningModel.Default.Trust)
    {
    }

    public string Name => "offline";

    public Task<ScreeningDecision> DecideAsync(ScreeningContext context, CancellationToken cancellationToken) =>
        cancellationToken.IsCancellationRequested
            ? Task.FromCanceled<ScreeningDecision>(cancellationToken)
            : Task.FromResult(Decide(context));

    /// <summary>Decides synchronously: the offline screener never waits on anything.</summary>
    public ScreeningDecision Decide(ScreeningContext context)
    {
        var call = CallFacts.Read(context, lexicon);
        var situation = new ScreeningSituation(context, call, OwnerInstructions.Parse(context.Instructions));
        var verdict = judgement.Review(situation, ScreeningPolicy.Decide(situation));
        var language = LanguageDetector.ReplyLanguage(call.Language, context.Languages);
        var reply = ReplyPhrasing.For(language).Compose(verdict.Reply, context.OwnerName, NameToThank(situation));
        var purpose = (verdict.DecidingCue is { } cue ? PurposeReader.ClauseWith(call.CallerTurns, cue) : null) ?? call.StatedPurpose;
        return new ScreeningDecision(
            verdict.Action,
            reply,
            verdict.Category,
            verdict.Urgency,
            verdict.Reason,
            situation.CallerName,
            purpose,
            language.Code());
    }

    // Thank people by name, not organisations ("Thanks Sam", never "Thanks UPS"); a name from history counts.
    private static string? NameToThank(ScreeningSituation situation) =>
        situation.Call.Introduction.Name is null
            ? (string.IsNullOrWhiteSpace(situation.History.KnownName) ? null : situation.History.KnownName.Trim())
            : situation.Call.Introduction.NameToThank;
}
