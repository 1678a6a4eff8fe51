using Orleans;
using Orleans.Concurrency;

namespace Concierge.Grains.Interfaces.Scheduling;

/// <summary>
/// The appointments of one company on one day, keyed "{companyId}/{yyyy-MM-dd}" (<see cref="AppointmentDays.Key"/>):
/// the single owner of that day's slots. Orleans runs one activation per key in the cluster and its turns one at a
/// time, so a slot checked free here is still free when it is booked.
/// </summary>
[Alias("concierge.IAppointmentDayGrain")]
public interface IAppointmentDayGrain : IGrainWithStringKey
{
    /// <summary>Books <paramref name="slot"/> when nothing booked overlaps it (buffers included); <see cref="BookingResult.Taken"/> otherwise.</summary>
    Task<BookingOutcome> BookAsync(DaySlot slot);

    /// <summary>Moves a booked appointment to another start on this day, keeping its reference.</summary>
    Task<BookingOutcome> MoveAsync(string reference, DaySlot slot);

    /// <summary>Cancels (or, with <paramref name="movedTo"/>, marks moved) a booked appointment.</summary>
    Task<BookingOutcome> CancelAsync(string reference, string? movedTo = null);

    /// <summary>The day's appointments, cancelled and moved ones included.</summary>
    [ReadOnly]
    Task<IReadOnlyList<Appointment>> ListAsync();

    /// <summary>Sends the confirmations and reminders due (after a restart, or when a reminder's time comes).</summary>
    Task ResumeAsync();
}

/// <summary>A slot checked against the calendar's settings, for the day grain to check against the day's bookings.</summary>
/// <param name="TimeZone">The company's IANA time zone, for the instant the slot starts.</param>
/// <param name="ReminderMinutes">How long before the start the SMS reminder goes; 0 for none.</param>
/// <param name="Language">BCP-47 tag the caller's texts are written in; null for the company's first language.</param>
[GenerateSerializer, Immutable, Alias("concierge.DaySlot")]
public sealed record DaySlot(
    TimeOnly Start, AppointmentType Type, string TimeZone, string? CallerPhone, string? CallerName, int ReminderMinutes = 0, string? Language = null) : PrivateRecord;

public static class AppointmentDays
{
    /// <summary>The key of the grain owning <paramref name="companyId"/>'s appointments on <paramref name="date"/>.</summary>
    public static string Key(string companyId, DateOnly date) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{companyId}/{date:yyyy-MM-dd}");
}
