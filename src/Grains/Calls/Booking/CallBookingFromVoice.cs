using Concierge.Grains.Calls.Booking;
using Concierge.Grains.Interfaces.Calls;

namespace Concierge.Grains.Calls;

public sealed partial class CallGrain
{
    internal sealed partial class CallBooking
    {
        /// <summary>
        /// The booking dialogue's first step for a realtime call whose model handed the caller over with
        /// <paramref name="request"/> (their words), once the stream has closed. It starts as from a caller's turn asking
        /// for it; the model's hand-over already says an appointment is wanted, so a request that names no move or
        /// cancellation asks to book one. Booking turned off since the stream started, or a calendar that cannot answer,
        /// leads to the take-message path: the caller is never left in silence.
        /// </summary>
        public async Task<CallStep> StartFromVoiceAsync(string request)
        {
            string why;
            try
            {
                var calendar = await Calendar.GetSettingsAsync();
                if (calendar.BookingEnabled)
                {
                    var asked = BookingCues.Intent(request);
                    return await BeginAsync(request, asked?.Intent ?? BookingIntent.Book, asked?.French, calendar);
                }

                why = "the company does not take bookings by phone";
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Call.Booking = null; // half started: the caller's next words are their message, not an answer to the dialogue
                why = $"the calendar could not answer ({e.GetType().Name})";
            }

            Call.Reason = $"The live voice handed the caller to booking, but {why}: the caller was asked for a message.";
            journal.Event(Call.Reason);
            return steps.AskForMessage(BookingScript.LeaveAMessage(steps.OwnerName, Call.Language));
        }
    }
}
