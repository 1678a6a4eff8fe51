using System.Globalization;
using Concierge.Grains.Interfaces.Scheduling;
using Concierge.WebFront.Api.Contracts;

namespace Concierge.WebFront.Api;

/// <summary>Reads the dates, times and calendar settings of the appointments API, each bad value named by field.</summary>
public static class AppointmentRules
{
    private const int MaxTypes = 20;
    private const int MaxHours = 50;
    private const int MaxClosedDays = 400;

    public static DateOnly? Date(Validation validation, string field, string? value, bool required = true)
    {
        if (value is null && !required)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            validation.Add(field, $"{field} must be a date as yyyy-MM-dd, e.g. 2026-11-21.");
            return null;
        }

        if (!CallLogDates.Contains(date))
        {
            // At the edges of the calendar the day-after arithmetic overflows: 9999-12-31 answered 500.
            validation.Add(field, CallLogDates.OutOfRange(field, "day"));
            return null;
        }

        return date;
    }

    public static TimeOnly? Time(Validation validation, string field, string? value)
    {
        if (TimeOnly.TryParseExact(value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        validation.Add(field, $"{field} must be a time as HH:mm (24 h), e.g. 14:30.");
        return null;
    }

    public static CalendarSettings? Settings(Validation validation, CalendarInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var hours = new List<OpeningHours>();
        foreach (var (h, i) in (input.Hours ?? []).Take(MaxHours + 1).Select((h, i) => (h, i)))
        {
            var field = $"hours[{i}]";
            var day = Enum.TryParse<DayOfWeek>(h?.Day, ignoreCase: true, out var weekday) && !int.TryParse(h?.Day, out _) ? weekday : (DayOfWeek?)null;
            if (day is null)
            {
                validation.Add($"{field}.day", $"{field}.day must be a weekday in English, e.g. monday.");
            }

            var opens = Time(validation, $"{field}.opens", h?.Opens);
            var closes = Time(validation, $"{field}.closes", h?.Closes);
            if (opens >= closes)
            {
                validation.Add($"{field}.closes", $"{field}.closes must be after opens.");
            }
            else if (day is { } d && opens is { } o && closes is { } c)
            {
                hours.Add(new OpeningHours(d, o, c));
            }
        }

        if (input.Hours is { Count: > MaxHours })
        {
            validation.Add("hours", $"hours may list at most {MaxHours} openings.");
        }

        var types = Types(validation, input.Types);
        var closed = new List<DateOnly>();
        foreach (var (text, i) in (input.ClosedDays ?? []).Take(MaxClosedDays + 1).Select((d, i) => (d, i)))
        {
            if (Date(validation, $"closedDays[{i}]", text) is { } date)
            {
                closed.Add(date);
            }
        }

        if (input.ClosedDays is { Count: > MaxClosedDays })
        {
            validation.Add("closedDays", $"closedDays may list at most {MaxClosedDays} days.");
        }

        var horizon = input.HorizonDays ?? CalendarSettings.Default.HorizonDays;
        if (horizon is < 1 or > CalendarSettings.MaxHorizonDays)
        {
            validation.Add("horizonDays", $"horizonDays must be from 1 to {CalendarSettings.MaxHorizonDays}.");
        }

        var reminder = input.ReminderMinutes ?? CalendarSettings.Default.ReminderMinutes;
        if (reminder is < 0 or > 7 * 24 * 60)
        {
            validation.Add("reminderMinutes", "reminderMinutes must be from 0 (no reminder) to 10080 (a week).");
        }

        return validation.IsValid ? new CalendarSettings(hours, types, closed.Distinct().ToList(), horizon, input.BookingEnabled ?? false, reminder) : null;
    }

    private static List<AppointmentType> Types(Validation validation, IReadOnlyList<AppointmentTypeInput>? input)
    {
        var types = new List<AppointmentType>();
        if (input is not { Count: > 0 and <= MaxTypes })
        {
            validation.Add("types", $"types must list from 1 to {MaxTypes} appointment types.");
            return types;
        }

        for (var i = 0; i < input.Count; i++)
        {
            var field = $"types[{i}]";
            var name = validation.Required($"{field}.name", input[i]?.Name, 100);
            var duration = input[i]?.DurationMinutes;
            var buffer = input[i]?.BufferMinutes ?? 0;
            if (duration is not (>= 5 and <= 12 * 60))
            {
                validation.Add($"{field}.durationMinutes", $"{field}.durationMinutes must be from 5 to 720.");
            }

            if (buffer is < 0 or > 240)
            {
                validation.Add($"{field}.bufferMinutes", $"{field}.bufferMinutes must be from 0 to 240.");
            }

            if (name is not null && types.Exists(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                validation.Add($"{field}.name", $"{field}.name repeats another type's name.");
            }
            else if (name is not null && duration is { } minutes)
            {
                types.Add(new AppointmentType(name, minutes, buffer));
            }
        }

        return types;
    }
}
