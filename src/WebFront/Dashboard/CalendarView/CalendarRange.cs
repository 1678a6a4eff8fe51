using System.Globalization;
using Concierge.WebFront.Api;

namespace Concierge.WebFront.Dashboard.CalendarView;

/// <summary>
/// The days the Calendar page shows: one day, or the Monday-to-Sunday week holding it, and the days the previous and
/// next links go to. Read from the page's query (<c>view</c>, <c>date</c>) with the API's date rules.
/// </summary>
public sealed record CalendarRange(string View, DateOnly Date, DateOnly First, DateOnly Last)
{
    public const string Day = "day";
    public const string Week = "week";

    private static readonly string[] Views = [Day, Week];

    public bool IsWeek => View == Week;

    public IEnumerable<DateOnly> Days => Enumerable.Range(0, Last.DayNumber - First.DayNumber + 1).Select(First.AddDays);

    public DateOnly Previous => Date.AddDays(IsWeek ? -7 : -1);

    public DateOnly Next => Date.AddDays(IsWeek ? 7 : 1);

    /// <summary>The range asked for; <paramref name="today"/> (company time) when no date is given, the day view when no view is.</summary>
    public static CalendarRange? Read(Validation validation, string? view, string? date, DateOnly today)
    {
        var shown = string.IsNullOrEmpty(view) ? Day : validation.OneOf("view", view, Views);
        var day = string.IsNullOrEmpty(date) ? today : AppointmentRules.Date(validation, "date", date);
        if (day is { } asked && !CallLogDates.Contains(asked))
        {
            // At the calendar's edges the week and the previous and next links would overflow (a 500, not a 400).
            validation.Add("date", CallLogDates.OutOfRange("date", "day"));
            day = null;
        }

        if (shown is null || day is not { } d)
        {
            return null;
        }

        if (shown == Day)
        {
            return new CalendarRange(shown, d, d, d);
        }

        var monday = d.AddDays(-(((int)d.DayOfWeek + 6) % 7));
        return new CalendarRange(shown, d, monday, monday.AddDays(6));
    }

    /// <summary>The Calendar page's address for <paramref name="view"/> around <paramref name="date"/>.</summary>
    public static string Link(string view, DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"/calendar?view={view}&date={date:yyyy-MM-dd}");

    /// <summary>"Monday 7 December 2026", as a day's heading reads.</summary>
    public static string Heading(DateOnly date) => date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);
}
