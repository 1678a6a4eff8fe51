using Orleans;
using Orleans.Concurrency;

namespace Concierge.Grains.Interfaces.Scheduling;

/// <summary>
/// A company's calendar, keyed by company id: its configuration, and the way in for booking, moving and cancelling.
/// The appointments themselves live in one <see cref="IAppointmentDayGrain"/> per company and day, which alone decides
/// whether a slot is free: two callers never get one slot, however many nodes they reach.
/// </summary>
[Alias("concierge.ICalendarGrain")]
public interface ICalendarGrain : IGrainWithStringKey
{
    /// <summary>The calendar's settings; <see cref="CalendarSettings.Default"/> until configured.</summary>
    [ReadOnly]
    Task<CalendarSettings> GetSettingsAsync();

    /// <summary>Replaces the settings; appointments already booked stay.</summary>
    Task<CalendarSettings> ConfigureAsync(CalendarSettings settings);

    /// <summary>Free slots from <see cref="SlotSearch.From"/> up to the horizon, nearest to what was asked first.</summary>
    [ReadOnly]
    Task<IReadOnlyList<FreeSlot>> FindSlotsAsync(SlotSearch search);

    /// <summary>Books the slot if it is free; if it was taken meanwhile, offers the next free ones.</summary>
    [ReadOnly]
    Task<BookingOutcome> BookAsync(BookingRequest request);

    /// <summary>
    /// Moves an appointment to another slot. On the same day it keeps its reference; to another day it is booked there
    /// under a new reference, and the old one is marked moved.
    /// </summary>
    [ReadOnly]
    Task<BookingOutcome> MoveAsync(string reference, DateOnly day, TimeOnly start);

    /// <summary>Cancels an appointment; cancelling it again changes nothing.</summary>
    [ReadOnly]
    Task<BookingOutcome> CancelAsync(string reference);

    /// <summary>A new secret token for the calendar's ICS feed; the previous one stops working. Only its hash is kept.</summary>
    Task<string> RotateFeedTokenAsync();

    /// <summary>True when <paramref name="token"/> is the feed's current token.</summary>
    [ReadOnly]
    Task<bool> IsFeedTokenAsync(string token);

    /// <summary>The upcoming appointments booked from <paramref name="callerPhone"/> (E.164), soonest first.</summary>
    [ReadOnly]
    Task<IReadOnlyList<Appointment>> FindByCallerAsync(string callerPhone);

    /// <summary>The appointment with this reference, or null.</summary>
    [ReadOnly]
    Task<Appointment?> GetAsync(string reference);
}
