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

    /// <summary>
    /// The start of a reason the owner reads, a clause without its full stop: <c>Scam: the caller said "gift cards"</c>,
    /// <c>Sales (survey): the caller used the word sondage</c> when the words do not name the topic, or, for a phrase
    /// matched by its stem (which is no word to quote), <c>Sales: the caller spoke of extended warranty</c>.
    /// </summary>
    public string Describe(string label)
    {
        if (IsPrefix)
        {
            return $"{label}: the caller spoke of {Topic}";
        }

        var said = Words.Contains(' ', StringComparison.Ordinal) ? $"said {Quote(Words)}" : $"used the word {Words}";
        return NormalizedTopic.StartsWith(Pattern, StringComparison.Ordinal)
            ? $"{label}: the caller {said}"
            : $"{label} ({Topic}): the caller {said}";
    }

    /// <summary>The topic, with the words said when they do not name it: "a threat (arrested)".</summary>
    public string Named() => IsPrefix || NormalizedTopic.StartsWith(Pattern, StringComparison.Ordinal) ? Topic : $"{Topic} ({Quote(Words)})";

    /// <summary>Words someone said, for a reason: a phrase in quotes, a single word as it is (a quoted word reads as irony).</summary>
    public static string Quote(string words) => words.Contains(' ', StringComparison.Ordinal) ? $"\"{words}\"" : words;

    public static IEnumerable<Cue> Group(CueKind kind, string topic, params string[] phrases) =>
        phrases.Select(phrase => new Cue(kind, topic, phrase));
}
