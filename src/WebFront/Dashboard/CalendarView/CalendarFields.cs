using System.Globalization;
using Concierge.Grains.Interfaces.Scheduling;
using Concierge.WebFront.Api;
using Concierge.WebFront.Api.Contracts;

namespace Concierge.WebFront.Dashboard.CalendarView;

/// <summary>
/// The calendar settings form as a person types it: opening hours per weekday ("09:00-12:00, 13:00-17:00", blank for
/// closed), one appointment type per line ("Haircut, 30, 10": name, minutes, buffer), closed days separated by commas
/// or lines. Turned into the REST API's <see cref="CalendarInput"/> so <see cref="AppointmentRules.Settings"/> checks
/// both alike; its messages are put next to the field they came from.
/// </summary>
public sealed class CalendarFields
{
    public static IReadOnlyList<DayOfWeek> Week { get; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    /// <summary>Opening hours by weekday name in lower case ("monday"), as the form's <c>hours[monday]</c> fields post them.</summary>
    public Dictionary<string, string?> Hours { get; set; } = [];

    public string? Types { get; set; }

    public string? ClosedDays { get; set; }

    public string? HorizonDays { get; set; }

    public string? ReminderMinutes { get; set; }

    public bool BookingEnabled { get; set; }

    /// <summary>The field of a weekday's hours, as errors name it.</summary>
    public static string HoursField(DayOfWeek day) => $"hours-{Name(day)}";

    public static string Name(DayOfWeek day) => day.ToString().ToLowerInvariant();

    public string? HoursOf(DayOfWeek day) => Hours.GetValueOrDefault(Name(day));

    public static CalendarFields Of(CalendarSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new CalendarFields
        {
            Hours = Week.ToDictionary(Name, day => (string?)string.Join(", ", settings.Hours.Where(h => h.Day == day).OrderBy(h => h.Opens)
                .Select(h => $"{AppointmentResponse.Time(h.Opens)}-{AppointmentResponse.Time(h.Closes)}"))),
            Types = string.Join("\n", settings.Types.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Name}, {t.DurationMinutes}, {t.BufferMinutes}"))),
            ClosedDays = string.Join(", ", settings.ClosedDays.Order().Select(AppointmentResponse.Day)),
            HorizonDays = settings.HorizonDays.ToString(CultureInfo.InvariantCulture),
            ReminderMinutes = settings.ReminderMinutes.ToString(CultureInfo.InvariantCulture),
            BookingEnabled = settings.BookingEnabled,
        };
    }

    /// <summary>The settings these fields say, or null with every problem in <paramref name="validation"/> under the form's field names.</summary>
    public CalendarSettings? ToSettings(Validation validation)
    {
        ArgumentNullException.ThrowIfNull(validation);
        var hours = new List<OpeningHoursInput>();
        var hoursFields = new List<string>();
        foreach (var day in Week)
        {
            foreach (var span in Split(HoursOf(day), ','))
            {
                var times = span.Split('-', StringSplitOptions.TrimEntries);
                if (times.Length != 2)
                {
                    validation.Add(HoursField(day), $"Write {Name(day)}'s hours as opening-closing, e.g. 09:00-12:00, 13:00-17:00 (blank when closed).");
                    continue;
                }

                hours.Add(new OpeningHoursInput(Name(day), times[0], times[1]));
                hoursFields.Add(HoursField(day));
            }
        }

        var types = Split(Types, '\n').Select(Type).ToList();
        var horizon = Number(validation, "horizonDays", HorizonDays);
        var reminder = Number(validation, "reminderMinutes", ReminderMinutes);
        var rules = new Validation();
        var settings = AppointmentRules.Settings(rules, new CalendarInput(hours, types, [.. Split(ClosedDays, ',', '\n')], horizon, BookingEnabled, reminder));
        foreach (var (field, messages) in rules.Errors)
        {
            foreach (var message in messages)
            {
                validation.Add(FormField(field, hoursFields), Readable(field, message));
            }
        }

        return validation.IsValid ? settings : null;
    }

    /// <summary>"Haircut, 30, 10" (the buffer may be left out); a part that is not a number reads as missing, which the rules name.</summary>
    private static AppointmentTypeInput Type(string line)
    {
        var parts = line.Split(',', StringSplitOptions.TrimEntries);
        int? At(int i) => parts.Length > i && int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        return new AppointmentTypeInput(parts[0], At(1), parts.Length > 2 ? At(2) ?? -1 : 0);
    }

    private static int? Number(Validation validation, string field, string? text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        validation.Add(field, $"{field} must be a whole number.");
        return null;
    }

    /// <summary>The form field an API field name (<c>hours[3].closes</c>, <c>types[1].name</c>, <c>closedDays[0]</c>) stands for.</summary>
    private static string FormField(string apiField, List<string> hoursFields)
    {
        if (apiField.StartsWith("hours[", StringComparison.Ordinal)
            && int.TryParse(apiField.AsSpan(6, apiField.IndexOf(']', StringComparison.Ordinal) - 6), NumberStyles.None, CultureInfo.InvariantCulture, out var i)
            && i < hoursFields.Count)
        {
            return hoursFields[i];
        }

        var bracket = apiField.IndexOf('[', StringComparison.Ordinal);
        return bracket < 0 ? apiField : apiField[..bracket];
    }

    /// <summary>A rule's message with the API's indexed field name made readable: "line 2: durationMinutes must be …".</summary>
    private static string Readable(string apiField, string message)
    {
        var dot = apiField.IndexOf("].", StringComparison.Ordinal);
        if (dot < 0 || !message.StartsWith(apiField, StringComparison.Ordinal))
        {
            return message;
        }

        var rest = message[(dot + 2)..];
        return apiField.StartsWith("types[", StringComparison.Ordinal)
            ? $"Line {int.Parse(apiField.AsSpan(6, dot - 6), CultureInfo.InvariantCulture) + 1}: {rest}"
            : rest;
    }

    private static string[] Split(string? text, params char[] separators) =>
        (text ?? "").Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
