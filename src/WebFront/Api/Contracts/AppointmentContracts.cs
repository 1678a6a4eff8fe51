using System.Globalization;
using Concierge.Grains.Interfaces.Scheduling;
using Concierge.Silo.Scheduling;

namespace Concierge.WebFront.Api.Contracts;

/// <summary>An appointment: its day and start in the company's time zone, and the same start as an instant.</summary>
public sealed record AppointmentResponse(
    string Reference, string Date, string Start, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Type, int DurationMinutes,
    string? CallerPhone, string? CallerName, string Status, string? MovedTo)
{
    public static AppointmentResponse Of(Appointment a) => new(
        a.Reference, Day(a.Date), Time(a.Start), a.StartsAt, a.StartsAt.AddMinutes(a.DurationMinutes), a.TypeName, a.DurationMinutes,
        a.CallerPhone, a.CallerName, a.Status, a.MovedTo);

    public static AppointmentResponse Of(AppointmentListRow row) => new(
        row.Reference, row.Day, row.StartTime, DateTimeOffset.FromUnixTimeMilliseconds(row.StartsAtMs), DateTimeOffset.FromUnixTimeMilliseconds(row.EndsAtMs),
        row.TypeName, row.DurationMinutes, row.CallerPhone, row.CallerName, row.Status, row.MovedTo);

    internal static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}

public sealed record AppointmentPageResponse(IReadOnlyList<AppointmentResponse> Items, string? NextCursor);

/// <summary>A free slot offered instead of a taken one.</summary>
public sealed record FreeSlotResponse(string Date, string Start, DateTimeOffset StartsAt, string Type)
{
    public static FreeSlotResponse Of(FreeSlot slot) => new(AppointmentResponse.Day(slot.Date), AppointmentResponse.Time(slot.Start), slot.StartsAt, slot.TypeName);
}

/// <summary>A booking: date "yyyy-MM-dd" and start "HH:mm" in the company's time zone; type defaults to the calendar's first.</summary>
public sealed record AppointmentInput(string? Date, string? Start, string? Type, string? CallerPhone, string? CallerName);

/// <summary>A move: the new date and start.</summary>
public sealed record AppointmentMove(string? Date, string? Start);

public sealed record OpeningHoursInput(string? Day, string? Opens, string? Closes);

public sealed record AppointmentTypeInput(string? Name, int? DurationMinutes, int? BufferMinutes);

/// <summary>The calendar: opening hours by weekday ("monday", "09:00", "17:00"), appointment types, closed days, horizon, phone booking, reminder lead time.</summary>
public sealed record CalendarInput(
    IReadOnlyList<OpeningHoursInput>? Hours, IReadOnlyList<AppointmentTypeInput>? Types, IReadOnlyList<string>? ClosedDays,
    int? HorizonDays, bool? BookingEnabled, int? ReminderMinutes);

public sealed record CalendarResponse(
    IReadOnlyList<OpeningHoursInput> Hours, IReadOnlyList<AppointmentTypeInput> Types, IReadOnlyList<string> ClosedDays,
    int HorizonDays, bool BookingEnabled, int ReminderMinutes)
{
    public static CalendarResponse Of(CalendarSettings s) => new(
        [.. s.Hours.Select(h => new OpeningHoursInput(h.Day.ToString().ToLowerInvariant(), AppointmentResponse.Time(h.Opens), AppointmentResponse.Time(h.Closes)))],
        [.. s.Types.Select(t => new AppointmentTypeInput(t.Name, t.DurationMinutes, t.BufferMinutes))],
        [.. s.ClosedDays.Select(AppointmentResponse.Day)],
        s.HorizonDays, s.BookingEnabled, s.ReminderMinutes);
}

/// <summary>The secret URL of the calendar's ICS feed, shown once.</summary>
public sealed record CalendarFeedResponse(Uri Url);
