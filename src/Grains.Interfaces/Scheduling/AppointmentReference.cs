using System.Globalization;
using System.Security.Cryptography;

namespace Concierge.Grains.Interfaces.Scheduling;

/// <summary>
/// An appointment's reference: six digits a caller can say or type on the keypad. The first three are the day of the
/// year (001–366), so the reference alone finds the grain that owns the day; the last three are drawn at random and
/// kept unique within the day by that grain. A horizon shorter than a year keeps the day unambiguous.
/// </summary>
public static class AppointmentReference
{
    public const int Length = 6;

    /// <summary>A fresh reference for <paramref name="date"/>, not one of <paramref name="taken"/>.</summary>
    public static string New(DateOnly date, IReadOnlyCollection<string> taken)
    {
        while (true)
        {
            var reference = string.Create(CultureInfo.InvariantCulture, $"{date.DayOfYear:000}{RandomNumberGenerator.GetInt32(1000):000}");
            if (!taken.Contains(reference))
            {
                return reference;
            }
        }
    }

    /// <summary>True when <paramref name="text"/> is six ASCII digits starting with a day of the year.</summary>
    public static bool IsWellFormed(string? text) =>
        text is { Length: Length } && text.All(char.IsAsciiDigit) && int.Parse(text.AsSpan(0, 3), CultureInfo.InvariantCulture) is >= 1 and <= 366;

    /// <summary>
    /// The day <paramref name="reference"/> names: of the years around <paramref name="today"/>, the one with that day
    /// of the year closest to <paramref name="today"/>, looking up to <see cref="CalendarSettings.MaxHorizonDays"/> ahead.
    /// </summary>
    public static DateOnly? DateOf(string reference, DateOnly today)
    {
        if (!IsWellFormed(reference))
        {
            return null;
        }

        var dayOfYear = int.Parse(reference.AsSpan(0, 3), CultureInfo.InvariantCulture);
        var candidates = new[] { today.Year - 1, today.Year, today.Year + 1 }
            .Where(year => dayOfYear <= (DateTime.IsLeapYear(year) ? 366 : 365))
            .Select(year => new DateOnly(year, 1, 1).AddDays(dayOfYear - 1))
            .Where(date => date.DayNumber - today.DayNumber is >= -(365 - CalendarSettings.MaxHorizonDays) and <= CalendarSettings.MaxHorizonDays)
            .ToList();
        return candidates.Count == 0 ? null : candidates.MinBy(date => Math.Abs(date.DayNumber - today.DayNumber));
    }
}
