using System.Text.RegularExpressions;
using Concierge.Grains.Interfaces.Notes;
using Concierge.Grains.Screening.Offline;

namespace Concierge.Grains.Notes.Offline;

/// <summary>
/// Sorts a note into job, knowledge or other by weighing its cues (<see cref="NoteCues"/>): a note needs some weight to be
/// more than "other" (a greeting, a "running late" has none), and knowledge wins a tie, because a how-to often names work.
/// </summary>
internal static partial class NoteClassifier
{
    private const int Threshold = 2;

    public static string Classify(string text)
    {
        var words = SpokenText.Normalize(text);
        var knowledge = 3 * Count(words, NoteCues.KnowledgeMarkers) + Count(words, NoteCues.KnowledgeHints);
        var job = 2 * Count(words, NoteCues.WorkVerbs) + Count(words, NoteCues.JobHints) + (Address().IsMatch(text) ? 2 : 0);
        if (knowledge < Threshold && job < Threshold)
        {
            return NoteIntents.Other;
        }

        return knowledge >= job ? NoteIntents.Knowledge : NoteIntents.Job;
    }

    private static int Count(string words, string[] cues) => cues.Count(cue => SpokenText.Contains(words, $" {cue} "));

    /// <summary>A street address: a house number before or after the kind of street, in either language.</summary>
    [GeneratedRegex(@"\b\d{1,4}\s*(?:bis\s+|ter\s+)?(?:rue|avenue|boulevard|place|impasse|all[ée]e|chemin|quai|route)\b|\b\d{1,4}\s+(?:[A-Z][\w'-]*\s+){1,3}(?:Street|St|Road|Rd|Lane|Avenue|Ave|Drive|Close|Way|Grove|Court|Crescent|Terrace|Place)\b")]
    internal static partial Regex Address();
}
