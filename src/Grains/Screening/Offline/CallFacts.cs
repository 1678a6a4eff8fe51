using Concierge.Grains.Interfaces.Screening;

namespace Concierge.Grains.Screening.Offline;

/// <summary>What the caller's words so far tell, read once per decision from every caller turn.</summary>
/// <param name="Language">The caller's language, or null when their words do not tell.</param>
/// <param name="Cues">The cue phrases heard, in lexicon order.</param>
/// <param name="Introduction">Who they said they are.</param>
/// <param name="StatedPurpose">Why they said they call, in their words, if they did.</param>
/// <param name="NormalizedWords">All caller turns, normalized (see <see cref="SpokenText"/>).</param>
/// <param name="CallerTurns">Each caller turn as words.</param>
/// <param name="MentionsOwner">The caller said the owner's first name ("Is Alex there?", "Alex's supplier").</param>
internal sealed record CallFacts(
    SpokenLanguage? Language,
    IReadOnlyList<Cue> Cues,
    CallerIntroduction Introduction,
    string? StatedPurpose,
    string NormalizedWords,
    IReadOnlyList<IReadOnlyList<SpokenToken>> CallerTurns,
    bool MentionsOwner)
{
    public bool Has(CueKind kind) => Cues.Any(cue => cue.Kind == kind);

    public Cue? First(CueKind kind) => Cues.FirstOrDefault(cue => cue.Kind == kind);

    /// <summary>The caller said who they are: a name, an organisation, or what they are to the owner.</summary>
    public bool HasIdentity => !Introduction.IsEmpty || Has(CueKind.PersonalRelation) || Has(CueKind.BusinessRole);

    public static CallFacts Read(ScreeningContext context, CueLexicon lexicon)
    {
        var turns = context.Conversation
            .Where(turn => turn.Speaker == Speaker.Caller)
            .Select(turn => turn.Text)
            .ToList();
        var normalized = SpokenText.Normalize(string.Join(" ", turns));
        var tokens = turns.Select(SpokenToken.Tokenize).ToList();
        var ownerFirstName = context.OwnerName.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        var introduction = IntroductionReader.Read(tokens, ownerFirstName);
        // "It's FedEx" or "c'est Chronopost": a name that is itself a cue is a company, not a person to thank by name.
        if (introduction is { Name: { } name, NameIsPersonal: true }
            && lexicon.FindIn(SpokenText.Normalize(name)).Any(cue => cue.Kind != CueKind.PersonalRelation))
        {
            introduction = introduction with { NameIsPersonal = false };
        }
        return new(
            LanguageDetector.Detect(turns, normalized),
            lexicon.FindIn(normalized),
            introduction,
            PurposeReader.Read(tokens, lexicon, SpokenText.Normalize(ownerFirstName).Trim()),
            normalized,
            tokens,
            tokens.Any(turn => turn.Any(token => TokenPatterns.IsOwner(token, ownerFirstName) || TokenPatterns.IsOwnerAfterElision(token, ownerFirstName))));
    }
}
