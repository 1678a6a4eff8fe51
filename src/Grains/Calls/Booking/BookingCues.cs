using System.Globalization;
using Concierge.Grains.Interfaces.Scheduling;
using Concierge.Grains.Screening.Offline;

namespace Concierge.Grains.Calls.Booking;

/// <summary>
/// The offline understanding of a booking dialogue in English and French, matched like every offline cue (whole words,
/// case and accents folded): what the caller wants done, yes and no, "the second one", giving up, and a reference read
/// out digit by digit ("one two three, four five six", "123 456", "un deux trois…").
/// </summary>
internal static class BookingCues
{
    // Cancel and move come first: "cancel my appointment" also says "appointment".
    private static readonly (BookingIntent Intent, bool French, string[] Phrases)[] Intents =
    [
        (BookingIntent.Cancel, false, ["cancel", "cancellation"]),
        (BookingIntent.Cancel, true, ["annuler", "annule", "annulation"]),
        (BookingIntent.Move, false, ["reschedule", "move my appointment", "move my booking", "change my appointment", "change my booking", "postpone"]),
        (BookingIntent.Move, true, ["deplacer", "reporter", "decaler", "changer mon rendez vous", "changer de rendez vous", "changer l heure"]),
        (BookingIntent.Book, true, ["rendez vous", "rdv", "reserver", "une reservation"]),
        (BookingIntent.Book, false, ["book", "appointment", "make a booking", "a reservation", "schedule a"]),
    ];

    private static readonly string[] Yes =
        ["yes", "yeah", "yep", "sure", "ok", "okay", "perfect", "great", "that s fine", "sounds good", "please do", "go ahead", "that works",
         "oui", "ouais", "d accord", "parfait", "ca marche", "volontiers", "tres bien", "entendu", "c est bon", "ca me va"];

    private static readonly string[] No = ["no", "nope", "not really", "non", "pas vraiment", "aucun"];

    private static readonly string[] GiveUp =
        ["never mind", "forget it", "leave a message", "forget about it", "laissez tomber", "laisse tomber", "tant pis", "laisser un message", "oubliez"];

    private static readonly (int Index, string[] Words)[] Ordinals =
    [
        (0, ["first", "premier", "premiere"]),
        (1, ["second", "deuxieme", "seconde"]),
        (2, ["third", "troisieme"]),
        (-1, ["last", "dernier", "derniere"]),
    ];

    private static readonly Dictionary<string, char> DigitWords = new(StringComparer.Ordinal)
    {
        ["zero"] = '0', ["oh"] = '0', ["one"] = '1', ["two"] = '2', ["three"] = '3', ["four"] = '4', ["five"] = '5', ["six"] = '6',
        ["seven"] = '7', ["eight"] = '8', ["nine"] = '9', ["un"] = '1', ["une"] = '1', ["deux"] = '2', ["trois"] = '3', ["quatre"] = '4',
        ["cinq"] = '5', ["sept"] = '7', ["huit"] = '8', ["neuf"] = '9',
    };

    /// <summary>What <paramref name="words"/> ask for, and whether they ask it in French; null when no booking is asked for.</summary>
    public static (BookingIntent Intent, bool French)? Intent(string words)
    {
        var normalized = SpokenText.Normalize(words);
        foreach (var (intent, french, phrases) in Intents)
        {
            if (Says(normalized, phrases))
            {
                return (intent, french);
            }
        }

        return null;
    }

    public static bool IsYes(string words) => Says(SpokenText.Normalize(words), Yes);

    public static bool IsNo(string words) => Says(SpokenText.Normalize(words), No);

    public static bool GivesUp(string words) => Says(SpokenText.Normalize(words), GiveUp);

    /// <summary>The offer the caller picks by its rank ("the second one", "la dernière"), or null.</summary>
    public static int? Choice(string words, int offered)
    {
        var normalized = SpokenText.Normalize(words);
        foreach (var (index, ordinals) in Ordinals)
        {
            if (Says(normalized, ordinals))
            {
                var chosen = index < 0 ? offered - 1 : index;
                return chosen < offered ? chosen : null;
            }
        }

        return null;
    }

    /// <summary>
    /// The appointment reference in <paramref name="words"/>: their digits, said or written, when there are exactly six and
    /// they form a reference; null otherwise.
    /// </summary>
    public static string? Reference(string words)
    {
        var digits = string.Concat(SpokenText.Normalize(words).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => word.All(char.IsAsciiDigit) ? word : DigitWords.TryGetValue(word, out var digit) ? digit.ToString(CultureInfo.InvariantCulture) : ""));
        return AppointmentReference.IsWellFormed(digits) ? digits : null;
    }

    /// <summary>The calendar's type the caller named ("a haircut"), or null for none.</summary>
    public static string? TypeNamed(string words, CalendarSettings calendar)
    {
        var normalized = SpokenText.Normalize(words);
        return calendar.Types.FirstOrDefault(type => SpokenText.Contains(normalized, SpokenText.Normalize(type.Name)))?.Name;
    }

    private static bool Says(string normalized, string[] phrases) =>
        phrases.Any(phrase => SpokenText.Contains(normalized, $" {phrase} "));
}
