using System.Globalization;
using Concierge.Grains.Interfaces.Scheduling;

namespace Concierge.Grains.Scheduling;

/// <summary>The words of a confirmation or reminder SMS, in English or French: what, where, the day, the time and the reference.</summary>
internal static class AppointmentTextComposer
{
    private static readonly string[] EnglishDays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
    private static readonly string[] FrenchDays = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"];
    private static readonly string[] EnglishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] FrenchMonths = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    public static string Compose(string kind, Appointment appointment, string companyName, string language)
    {
        var french = language.StartsWith("fr", StringComparison.OrdinalIgnoreCase);
        var day = Day(appointment.Date, french);
        var time = Time(appointment.Start, french);
        return (kind, french) switch
        {
            (AppointmentText.Reminder, true) =>
                $"Rappel : {appointment.TypeName} chez {companyName} le {day} à {time}. Référence {appointment.Reference}.",
            (AppointmentText.Reminder, false) =>
                $"Reminder: {appointment.TypeName} at {companyName} on {day} at {time}. Reference {appointment.Reference}.",
            (_, true) =>
                $"{companyName} : votre rendez-vous ({appointment.TypeName}) est confirmé le {day} à {time}. Référence {appointment.Reference}, à donner pour le déplacer ou l'annuler.",
            _ =>
                $"{companyName}: your {appointment.TypeName} is booked for {day} at {time}. Reference {appointment.Reference}: give it to move or cancel.",
        };
    }

    /// <summary>"Tuesday 17 March 2026", "mardi 17 mars 2026".</summary>
    public static string Day(DateOnly date, bool french) => french
        ? string.Create(CultureInfo.InvariantCulture, $"{FrenchDays[(int)date.DayOfWeek]} {(date.Day == 1 ? "1er" : date.Day.ToString(CultureInfo.InvariantCulture))} {FrenchMonths[date.Month - 1]} {date.Year}")
        : string.Create(CultureInfo.InvariantCulture, $"{EnglishDays[(int)date.DayOfWeek]} {date.Day} {EnglishMonths[date.Month - 1]} {date.Year}");

    /// <summary>"3:30 pm", "15 h 30".</summary>
    public static string Time(TimeOnly time, bool french) => french
        ? string.Create(CultureInfo.InvariantCulture, $"{time.Hour} h {time.Minute:00}")
        : string.Create(CultureInfo.InvariantCulture, $"{(time.Hour % 12 == 0 ? 12 : time.Hour % 12)}:{time.Minute:00} {(time.Hour < 12 ? "am" : "pm")}");
}
