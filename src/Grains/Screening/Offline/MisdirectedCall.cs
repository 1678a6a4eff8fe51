using Concierge.Grains.Interfaces.Screening;

namespace Concierge.Grains.Screening.Offline;

/// <summary>
/// A caller who asks whether they reached someone else ("is this the dentist's?", "is Kevin there?", "c'est bien la
/// jardinerie ?", "allô la pizzeria ?") has dialled a wrong number, though they never say so: the owner is a person,
/// not the shop or the friend they meant to ring. A question that names the owner, or a call tied to the owner's people
/// or affairs, is not one ("is that Alex?", "is this the Miller house? your son fell").
/// </summary>
internal static class MisdirectedCall
{
    /// <summary>How a caller asks whether they reached someone: normalized, at the start of a question.</summary>
    private static readonly string[] Openings =
        [.. new[] { "is this", "is that", "is it", "c est bien", "c est la", "c est le", "allo la", "allo le", "allo c est" }.Select(SpokenText.Normalize)];

    /// <summary>Questions that ask nothing about who answered: the caller is checking on the line or on the owner.</summary>
    private static readonly string[] NotAboutWhoAnswered =
        [.. new[] { "is this you", "is that you", "is it you", "is this a good time", "is that right", "is it ok", "is it okay", "is this ok",
            "is this okay", "is it me", "c est toi", "c est vous", "c est moi", "c est bien ca", "c est le bon moment", "is it true",
            "is it urgent", "c est urgent", "is it possible", "anyone there", "anybody there", "someone there", "somebody there",
            "quelqu un", "il est la", "elle est la", "is he there", "is she there" }.Select(SpokenText.Normalize)];

    /// <summary>A caller who finds out they reached the wrong person and says sorry ("oh, this isn't Mrs Thompson, apologies").</summary>
    private static readonly string[] NotWhoTheyMeant = [.. new[] { "this isn t", "this is not", "that isn t", "ce n est pas" }.Select(SpokenText.Normalize)];

    private static readonly string[] Apologies =
        [.. new[] { "sorry", "apologies", "my apologies", "my mistake", "desole", "desolee", "excusez moi", "pardon" }.Select(SpokenText.Normalize)];

    /// <summary>The question in the caller's words, or null when they asked for no one else.</summary>
    public static string? Read(ScreeningSituation situation)
    {
        if (situation.Call.MentionsOwner || SalesApproach.HasTieToOwner(situation))
        {
            return null;
        }
        var words = situation.Call.NormalizedWords;
        if (NotWhoTheyMeant.FirstOrDefault(phrase => words.Contains(phrase, StringComparison.Ordinal)) is { } mistaken
            && Apologies.Any(phrase => words.Contains(phrase, StringComparison.Ordinal)))
        {
            return mistaken.Trim().Replace(" t", "'t", StringComparison.Ordinal).Replace("n est", "n'est", StringComparison.Ordinal);
        }
        foreach (var turn in situation.Context.Conversation.Where(turn => turn.Speaker == Speaker.Caller))
        {
            foreach (var question in Questions(turn.Text))
            {
                var normalized = SpokenText.Normalize(question);
                var asked = Openings.Any(opening => normalized.Contains(opening, StringComparison.Ordinal) && StartsWithin(normalized, opening))
                    || normalized.EndsWith(" there ", StringComparison.Ordinal) || normalized.EndsWith(" est la ", StringComparison.Ordinal);
                if (asked && !NotAboutWhoAnswered.Any(phrase => normalized.Contains(phrase, StringComparison.Ordinal)))
                {
                    return question.Trim();
                }
            }
        }
        return null;
    }

    /// <summary>The opening starts the question, after a greeting at most ("hello, is this the vet's?").</summary>
    private static bool StartsWithin(string normalized, string opening)
    {
        var position = normalized.IndexOf(opening, StringComparison.Ordinal);
        return normalized[..position].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 2;
    }

    /// <summary>The caller's clauses that end in a question mark ("c'est le livreur, vous pouvez descendre ?" asks only the last).</summary>
    private static IEnumerable<string> Questions(string text)
    {
        var start = 0;
        for (var index = 0; index < text.Length; index++)
        {
            if (text[index] is '.' or '!' or '?' or ';' or ',')
            {
                if (text[index] == '?')
                {
                    yield return text[start..(index + 1)];
                }
                start = index + 1;
            }
        }
    }
}
