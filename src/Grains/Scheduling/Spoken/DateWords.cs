namespace Concierge.Grains.Scheduling.Spoken;

/// <summary>The English and French words for weekdays, months and parts of the day, folded as the tokenizer folds them.</summary>
internal static class DateWords
{
    private static readonly Dictionary<string, DayOfWeek> Weekdays = new(StringComparer.Ordinal)
    {
        ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["friday"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday,
        ["lundi"] = DayOfWeek.Monday, ["mardi"] = DayOfWeek.Tuesday, ["mercredi"] = DayOfWeek.Wednesday,
        ["jeudi"] = DayOfWeek.Thursday, ["vendredi"] = DayOfWeek.Friday, ["samedi"] = DayOfWeek.Saturday,
        ["dimanche"] = DayOfWeek.Sunday,
    };

    private static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["january"] = 1, ["february"] = 2, ["march"] = 3, ["april"] = 4, ["may"] = 5, ["june"] = 6, ["july"] = 7,
        ["august"] = 8, ["september"] = 9, ["october"] = 10, ["november"] = 11, ["december"] = 12,
        ["janvier"] = 1, ["fevrier"] = 2, ["mars"] = 3, ["avril"] = 4, ["mai"] = 5, ["juin"] = 6, ["juillet"] = 7,
        ["aout"] = 8, ["septembre"] = 9, ["octobre"] = 10, ["novembre"] = 11, ["decembre"] = 12,
    };

    private static readonly Dictionary<string, DayPart> Parts = new(StringComparer.Ordinal)
    {
        ["morning"] = DayPart.Morning, ["matin"] = DayPart.Morning, ["matinee"] = DayPart.Morning, ["am"] = DayPart.Morning,
        ["afternoon"] = DayPart.Afternoon, ["apresmidi"] = DayPart.Afternoon, ["aprem"] = DayPart.Afternoon, ["pm"] = DayPart.Afternoon,
        ["evening"] = DayPart.Evening, ["soir"] = DayPart.Evening, ["soiree"] = DayPart.Evening, ["tonight"] = DayPart.Evening,
    };

    public static DayOfWeek? Weekday(DateToken token) => Weekdays.TryGetValue(token.Word, out var day) ? day : null;

    public static int? Month(DateToken token) => Months.TryGetValue(token.Word, out var month) ? month : null;

    public static DayPart? Part(DateToken token) => Parts.TryGetValue(token.Word, out var part) ? part : null;
}
