namespace Concierge.Grains.Screening.Offline;

/// <summary>
/// A phrase that says something about a call. <paramref name="Topic"/> is the English name of what it is about; it
/// appears in reasons and is what the owner's instruction keywords are also matched against, so "school" finds
/// "l'école" and "deliveries" finds a courier with a parcel. A phrase ending in '*' matches any word starting so.
/// </summary>
internal sealed record Cue(CueKind Kind, string Topic, string Phrase)
{
    /// <summary>The normalized phrase with its word boundaries, ready for <see cref="SpokenText.Contains"/>.</summary>
    public string Pattern { get; } = Phrase.EndsWith('*')
        ? SpokenText.Normalize(Phrase[..^1]).TrimEnd()
        : SpokenText.Normalize(Phrase);

    /// <summary>The phrase matches any word starting with its last word ("hospitalis*" matches "hospitalisée").</summary>
    public bool IsPrefix => Phrase.EndsWith('*');

    /// <summary>The phrase as a person reads it, without the prefix mark.</summary>
    public string Words => Phrase.TrimEnd('*');

    public string NormalizedTopic { get; } = SpokenText.Normalize(Topic);

    public bool IsFoundIn(string normalized) => SpokenText.Contains(normalized, Pattern);

    /// <summary>"Scam cue: gift cards" or, when the words differ from the topic, "Sales cue: survey ("sondage")".</summary>
    public string Describe(string prefix) =>
        NormalizedTopic.StartsWith(Pattern, StringComparison.Ordinal)
            ? $"{prefix}: {Topic}"
            : $"{prefix}: {Topic} (\"{Words}\")";

    public static IEnumerable<Cue> Group(CueKind kind, string topic, params string[] phrases) =>
        phrases.Select(phrase => new Cue(kind, topic, phrase));
}
