using System.Text.RegularExpressions;
using Concierge.Grains.Interfaces.Notes;

namespace Concierge.Grains.Notes.Offline;

/// <summary>
/// Fills a note's structured summary from its words, without a model: the parts a person would copy out (the first
/// clause as title, the address, the customer, the deadline, what to bring, the sentences that ask for work). What it
/// cannot find stays empty rather than guessed.
/// </summary>
internal static partial class NoteExtractor
{
    private const int MaxTitle = 80;
    private const int MaxItems = 6;

    public static NoteSummary Summarise(string text, string intent) => intent switch
    {
        NoteIntents.Job => new NoteSummary(
            Title(text),
            Location: Location(text),
            Customer: Customer(text),
            Actions: Sentences(text).Where(s => NoteClassifier.Classify(s) == NoteIntents.Job || WorkVerb().IsMatch(s)).Take(MaxItems).ToList(),
            DueDate: DueDate().Match(text) is { Success: true } due ? due.Value.Trim() : null,
            Materials: Materials(text)),
        NoteIntents.Knowledge => new NoteSummary(
            Title(WithoutMarker(text)),
            Topic: Topic(text),
            KeyPoints: Sentences(WithoutMarker(text)).Take(MaxItems).ToList()),
        _ => new NoteSummary(Title(text)),
    };

    /// <summary>The first clause, cut at a word boundary.</summary>
    public static string Title(string text)
    {
        var first = ClauseEnd().Split(text.Trim(), 2)[0].Trim();
        if (first.Length == 0)
        {
            first = text.Trim();
        }

        if (first.Length <= MaxTitle)
        {
            return first;
        }

        var cut = first.LastIndexOf(' ', MaxTitle);
        return first[..(cut > 20 ? cut : MaxTitle)] + "…";
    }

    private static string? Location(string text) =>
        FrenchAddress().Match(text) is { Success: true } french ? french.Value.Trim()
        : EnglishAddress().Match(text) is { Success: true } english ? english.Value.Trim()
        : null;

    private static string? Customer(string text) =>
        Titled().Match(text) is { Success: true } titled ? titled.Value.Trim()
        : NamedCustomer().Match(text) is { Success: true } named ? named.Groups["name"].Value.Trim()
        : null;

    private static List<string> Materials(string text)
    {
        var materials = new List<string>();
        foreach (Match match in Bring().Matches(text))
        {
            materials.AddRange(ListSeparator().Split(match.Groups["items"].Value).Select(i => i.Trim()).Where(i => i.Length > 1));
        }

        return [.. materials.Take(MaxItems)];
    }

    private static string Topic(string text)
    {
        var marker = Marker().Match(text);
        if (marker.Success && marker.Groups["topic"].Value.Trim() is { Length: > 0 } named && named.Length <= 40)
        {
            return named;
        }

        var words = Screening.Offline.SpokenText.Normalize(text);
        return Topics.FirstOrDefault(t => t.Cues.Any(c => words.Contains($" {c}", StringComparison.Ordinal))).Topic ?? "general";
    }

    private static string WithoutMarker(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon is > 0 and < 30 && text.Length > colon + 2 ? text[(colon + 1)..].Trim() : text;
    }

    private static IEnumerable<string> Sentences(string text) =>
        SentenceEnd().Split(text).Select(s => s.Trim()).Where(s => s.Length > 2);

    private static readonly (string Topic, string[] Cues)[] Topics =
    [
        ("boilers", ["boiler", "chaudiere"]),
        ("radiators", ["radiator", "radiateur"]),
        ("hot water", ["cylinder", "ballon", "thermal store", "cumulus"]),
        ("underfloor heating", ["underfloor", "plancher chauffant"]),
        ("safety", ["safety", "securite", "live cable", "tension"]),
        ("pipework", ["pipe", "fitting", "raccord", "thread", "filetage", "pressure test", "essai de pression", "reseau"]),
        ("suppliers", ["merchant", "grossiste", "trade price", "prix pro"]),
        ("site access", ["key safe", "boite a cles", "stopcock", "vanne d arret", "code"]),
        ("procedures", ["checklist", "liste", "photos"]),
    ];

    [GeneratedRegex(@"[,;:.!?\n]|\s+-\s+")]
    private static partial Regex ClauseEnd();

    [GeneratedRegex(@"(?<=[.!?;\n])\s+|(?<=[.!?])\z")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\b\d{1,4}\s*(?:bis\s+|ter\s+)?(?:rue|avenue|boulevard|place|impasse|all[ée]e|chemin|quai|route)\b[^,.;:!?\n]*?(?=\s+(?:chez|pour|avant|le|la|les|à|d'ici|demain|client|cliente|il|on)\b|[,.;:!?\n]|\z)", RegexOptions.IgnoreCase)]
    private static partial Regex FrenchAddress();

    [GeneratedRegex(@"\b\d{1,4}\s+(?:[A-Z][\w'-]*\s+){1,3}(?:Street|St|Road|Rd|Lane|Avenue|Ave|Drive|Close|Way|Grove|Court|Crescent|Terrace|Place)\b")]
    private static partial Regex EnglishAddress();

    [GeneratedRegex(@"\b(?:Mr|Mrs|Ms|Miss|Dr|M\.|Mme|Mlle|Monsieur|Madame)\.?\s+[A-Z][\w'-]+")]
    private static partial Regex Titled();

    [GeneratedRegex(@"\b(?:customer(?:\s+is)?|client(?:e)?|tenant(?:\s+is)?|locataire|chez(?:\s+les)?)\s+(?<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)")]
    private static partial Regex NamedCustomer();

    [GeneratedRegex(@"\b(?:today|tonight|this (?:afternoon|morning|evening|week)|tomorrow(?: morning| afternoon)?(?: at \d{1,2}(?::\d{2})?\s?(?:am|pm))?|next week|(?:by|before|on) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:before )?the end of the month|aujourd'hui|demain(?: matin| après-midi)?(?: à \d{1,2}h(?:\d{2})?)?|cet après-midi|cette semaine|la semaine prochaine|(?:avant|d'ici) (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|la fin du mois)|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|(?:avant )?la fin du mois)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DueDate();

    [GeneratedRegex(@"\b(?:bring|take|order|prévoir|apporter|prendre|commander|il manque)\s+(?<items>[^.;:!?\n]+?)(?=\s*(?:,\s*(?:by|before|on|avant|d'ici|any|n'importe)\b|[.;:!?\n]|\z))", RegexOptions.IgnoreCase)]
    private static partial Regex Bring();

    [GeneratedRegex(@",\s*|\s+and\s+|\s+et\s+")]
    private static partial Regex ListSeparator();

    [GeneratedRegex(@"\b(?:replace|fix|install|repair|fit|bleed|service|remplacer|installer|poser|réparer|changer|purger)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WorkVerb();

    [GeneratedRegex(@"^(?:[\w' ]{1,25}?)\s*(?:on|about|for|sur|pour)\s+(?<topic>[^,:.]{3,40})\s*:")]
    private static partial Regex Marker();
}
