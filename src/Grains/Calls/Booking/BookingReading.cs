using Concierge.Grains.Interfaces.Scheduling;
using Concierge.Grains.Scheduling.Spoken;

namespace Concierge.Grains.Calls.Booking;

/// <summary>
/// What one caller turn says to the booking dialogue, however it was understood: offline (the spoken-date reader and the
/// booking cues) or from a model's tool call. The dialogue acts on this alone, so both understandings drive it alike.
/// </summary>
/// <param name="When">The day, time or part of day the caller asked for.</param>
/// <param name="Choice">The offered slot picked by its rank (0-based).</param>
/// <param name="TypeName">The calendar's appointment type the caller named.</param>
/// <param name="ReadBy">Who understood the turn, for the call log.</param>
internal sealed record BookingReading(
    SpokenWhen? When, int? Choice, bool Yes, bool No, bool GivesUp, string? Reference, string? TypeName, string ReadBy)
{
    public const string OfflineReader = "offline";

    /// <summary>The offline understanding of <paramref name="speech"/>.</summary>
    public static BookingReading Offline(string speech, int offered, DateTimeOffset now, TimeZoneInfo zone) => new(
        SpokenDateReader.Read(speech, now, zone),
        BookingCues.Choice(speech, offered),
        BookingCues.IsYes(speech),
        BookingCues.IsNo(speech),
        BookingCues.GivesUp(speech),
        BookingCues.Reference(speech),
        TypeName: null,
        OfflineReader);

    /// <summary>
    /// The model's tool <paramref name="call"/> as a reading of the turn, or null when it makes no sense where the
    /// dialogue stands (a tool the question does not call for, an offer that was not made, a date outside the calendar's
    /// horizon, a malformed reference): the turn is then read offline.
    /// </summary>
    public static BookingReading? FromTool(BookingToolCall call, CallBookingState booking, CalendarSettings calendar, DateOnly today, string readBy)
    {
        var nothing = new BookingReading(null, null, false, false, false, null, null, readBy);
        return call.Tool switch
        {
            BookingTool.FindSlots when booking.Stage is BookingStage.AskingWhen or BookingStage.Offering && WhenOf(call, calendar, today) is { } when =>
                nothing with { When = when, TypeName = calendar.Types.FirstOrDefault(t => string.Equals(t.Name, call.AppointmentType?.Trim(), StringComparison.OrdinalIgnoreCase))?.Name },
            BookingTool.ChooseOffered when booking.Stage == BookingStage.Offering && call.Index is { } index && index >= 1 && index <= booking.Offered.Count =>
                nothing with { Choice = index - 1 },
            BookingTool.AnswerYesNo when booking.Stage is BookingStage.Offering or BookingStage.ConfirmingCancel && call.Yes is { } yes =>
                nothing with { Yes = yes, No = !yes },
            BookingTool.CancelAppointment or BookingTool.MoveAppointment when IsLookingFor(call.Tool, booking) && (call.Reference is null || AppointmentReference.IsWellFormed(call.Reference)) =>
                nothing with { Reference = call.Reference },
            BookingTool.GiveUp => nothing with { GivesUp = true },
            BookingTool.NotAboutBooking => nothing,
            _ => null,
        };
    }

    /// <summary>A move or cancellation whose appointment is not found yet.</summary>
    private static bool IsLookingFor(BookingTool tool, CallBookingState booking) =>
        booking.Reference is null && booking.Stage is BookingStage.AskingWhen or BookingStage.AskingReference
        && booking.Intent == (tool == BookingTool.CancelAppointment ? BookingIntent.Cancel : BookingIntent.Move);

    private static SpokenWhen? WhenOf(BookingToolCall call, CalendarSettings calendar, DateOnly today)
    {
        if (call.Date is { } date && (date < today || date.DayNumber - today.DayNumber > calendar.HorizonDays))
        {
            return null;
        }

        var part = call.PartOfDay switch
        {
            SlotPart.Morning => DayPart.Morning,
            SlotPart.Afternoon => DayPart.Afternoon,
            SlotPart.Evening => (DayPart?)DayPart.Evening,
            _ => null,
        };
        return call.Date is null && call.Time is null && part is null ? null : new SpokenWhen(call.Date, call.Time, call.Time is null ? part : null);
    }
}
