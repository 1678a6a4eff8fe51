using Orleans;

namespace Concierge.Grains.Interfaces.Scheduling;

/// <summary>When a company is open on one weekday, in the company's time zone; several per day for a lunch break.</summary>
[GenerateSerializer, Immutable, Alias("concierge.OpeningHours")]
public sealed record OpeningHours(DayOfWeek Day, TimeOnly Opens, TimeOnly Closes);

/// <summary>Something a caller can book: a haircut of 30 minutes, then 10 minutes to tidy up before the next one.</summary>
[GenerateSerializer, Immutable, Alias("concierge.AppointmentType")]
public sealed record AppointmentType(string Name, int DurationMinutes, int BufferMinutes)
{
    /// <summary>How long the slot holds the calendar: the appointment and its buffer.</summary>
    public int SlotMinutes => DurationMinutes + BufferMinutes;
}

/// <summary>
/// A company's calendar. Stored as JSON in the calendar's state: new parameters go last, with a default, so states
/// written before them still read. Times are in the company's time zone (<c>CompanySettings.TimeZone</c>).
/// </summary>
/// <param name="Hours">Opening hours by weekday; a weekday without any is closed.</param>
/// <param name="Types">What callers can book; the first is what "an appointment" means.</param>
/// <param name="ClosedDays">Days closed besides the weekly ones (holidays).</param>
/// <param name="HorizonDays">How far ahead callers may book, in days from today.</param>
/// <param name="BookingEnabled">Callers may book, move and cancel by phone; the owner's API works either way.</param>
/// <param name="ReminderMinutes">How long before an appointment its SMS reminder goes; 0 for none.</param>
[GenerateSerializer, Immutable, Alias("concierge.CalendarSettings")]
public sealed record CalendarSettings(
    IReadOnlyList<OpeningHours> Hours,
    IReadOnlyList<AppointmentType> Types,
    IReadOnlyList<DateOnly> ClosedDays,
    int HorizonDays = 60,
    bool BookingEnabled = false,
    int ReminderMinutes = 24 * 60)
{
    /// <summary>Longest horizon: a reference names its day by the day of the year (<see cref="AppointmentReference"/>).</summary>
    public const int MaxHorizonDays = 300;

    /// <summary>A calendar never configured: weekdays 9 to 5, half-hour appointments, booking by phone off.</summary>
    public static CalendarSettings Default { get; } = new(
        [.. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .Select(day => new OpeningHours(day, new TimeOnly(9, 0), new TimeOnly(17, 0)))],
        [new AppointmentType("Appointment", 30, 0)],
        []);

    /// <summary>The opening hours of <paramref name="date"/>; none on a closed day.</summary>
    public IReadOnlyList<OpeningHours> HoursOn(DateOnly date) =>
        ClosedDays.Contains(date) ? [] : [.. Hours.Where(h => h.Day == date.DayOfWeek).OrderBy(h => h.Opens)];

    /// <summary>The type named <paramref name="name"/> (case and accents as written, case ignored), or the first type for null.</summary>
    public AppointmentType? Type(string? name) =>
        name is null ? (Types.Count > 0 ? Types[0] : null) : Types.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));
}
