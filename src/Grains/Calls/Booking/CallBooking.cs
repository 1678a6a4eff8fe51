using Concierge.Grains.Calls.Booking;
using Concierge.Grains.Interfaces.Calls;
using Concierge.Grains.Interfaces.Companies;
using Concierge.Grains.Interfaces.Scheduling;
using Concierge.Grains.Scheduling.Spoken;
using Orleans;
using Orleans.Runtime;

namespace Concierge.Grains.Calls;

/// <summary>The call grain's booking dialogue: nested so its grain calls are the call grain's own.</summary>
public sealed partial class CallGrain
{
    /// <summary>
    /// Booking, moving and cancelling an appointment by phone, in gather mode, for a company whose calendar takes bookings
    /// by phone. A screened caller who asks for one enters the dialogue instead of the screener; it asks when, offers up
    /// to three free slots near it, books the one chosen through the calendar (whose day grain alone decides who gets a
    /// slot, and texts the confirmation), and says the reference. A slot taken meanwhile gets the next ones offered. Moves
    /// and cancellations find the appointment by its spoken reference or the caller ID. Two answers not understood, or a
    /// caller giving up, lead to the take-message path.
    /// </summary>
    /// <param name="interpreter">Reads each caller turn through a model's tool calls when one is configured; null: offline.</param>
    internal sealed partial class CallBooking(
        IGrainFactory grains, IPersistentState<CallState> state, CallJournal journal, CallSteps steps, TimeProvider time, IBookingInterpreter? interpreter)
    {
        private const int SlotsOffered = 3;
        private const int AnswersNotUnderstood = 2;

        private CallState Call => state.State;

        private ICalendarGrain Calendar => grains.GetGrain<ICalendarGrain>(Call.CompanyId);

        private TimeZoneInfo Zone => CompanyTimeZone.Of(Call.Company);

        private DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone).DateTime);

        /// <summary>The caller's number for the SMS confirmation: none for a hidden one.</summary>
        private string? CallerPhone => Call.CallerKey is null ? null : Call.From;

        /// <summary>Seconds an exception-list caller is given to start saying "appointment" before being put through.</summary>
        public const int PuttingThroughAnswerSeconds = 2;

        /// <summary>
        /// For an exception-list caller of a company that takes bookings by phone (and has an owner phone to put them
        /// through to): one short prompt, listening briefly for a booking cue. Null otherwise, for the call to go
        /// straight through exactly as it would without booking.
        /// </summary>
        public async Task<ListenStep?> OfferToExceptionCallerAsync(string? callerName)
        {
            if (Call.Company?.OwnerPhone is null || !await BookingEnabledAsync())
            {
                return null;
            }

            Call.Phase = CallPhase.Screening;
            Call.Booking = new CallBookingState { Stage = BookingStage.PuttingThrough };
            return steps.Listen(BookingScript.PuttingThroughOrBook(callerName, Call.Language), answerWithinSeconds: PuttingThroughAnswerSeconds);
        }

        /// <summary>
        /// The answer to a screening turn when it belongs to a booking dialogue (one under way, or the caller asking for
        /// one where booking is on); null for the screener to hear.
        /// </summary>
        public async Task<CallStep?> HearAsync(string? speech, double? confidence)
        {
            if (Call.Booking is { Stage: BookingStage.PuttingThrough })
            {
                return await PutThroughUnlessBookingAsync(speech, confidence);
            }

            if (Call.Booking is not { Stage: not BookingStage.Done } booking)
            {
                return string.IsNullOrEmpty(speech) ? null : await StartAsync(speech, confidence);
            }

            if (string.IsNullOrEmpty(speech))
            {
                return NotUnderstood(booking);
            }

            journal.Caller(speech, confidence);
            Call.CallerTurns++;
            var reading = await ReadAsync(speech, booking);
            if (reading.GivesUp)
            {
                return OfferMessage(booking);
            }

            return booking.Stage switch
            {
                BookingStage.AskingWhen => await OfferAsync(reading, booking, askIfNoWhen: false),
                BookingStage.Offering => await ChooseAsync(reading, booking),
                BookingStage.AskingReference => await FindAsync(reading, booking),
                _ => await CancelAsync(reading, booking),
            };
        }

        /// <summary>
        /// The exception-list caller's answer to the short prompt: a booking cue starts the dialogue; silence or anything
        /// else puts them through as the exception list promises.
        /// </summary>
        private async Task<CallStep> PutThroughUnlessBookingAsync(string? speech, double? confidence)
        {
            Call.Booking = null;
            if (!string.IsNullOrEmpty(speech) && await StartAsync(speech, confidence) is { } dialogue)
            {
                return dialogue;
            }

            if (!string.IsNullOrEmpty(speech))
            {
                journal.Caller(speech, confidence);
            }

            return (CallStep?)steps.Transfer(BookingScript.Connecting(Call.Language), CallDecisions.TransferredException, whisper: false)
                ?? steps.TakeMessage(CallLogLines.NoOwnerPhone(Call.Reason ?? ""));
        }

        /// <summary>
        /// Whether callers may book by phone. A calendar that cannot answer counts as off: an exception-list caller is then
        /// put straight through rather than told of a problem, and a realtime call's model is not offered booking.
        /// </summary>
        public async Task<bool> BookingEnabledAsync()
        {
            try
            {
                return (await Calendar.GetSettingsAsync()).BookingEnabled;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return false;
            }
        }

        private async Task<CallStep?> StartAsync(string speech, double? confidence)
        {
            if (BookingCues.Intent(speech) is not { } asked)
            {
                return null;
            }

            var calendar = await Calendar.GetSettingsAsync();
            if (!calendar.BookingEnabled)
            {
                return null;
            }

            journal.Caller(speech, confidence);
            Call.CallerTurns++;
            Call.DecidedBy = "booking";
            return await BeginAsync(speech, asked.Intent, asked.French, calendar);
        }

        /// <summary>
        /// The dialogue's first step for <paramref name="words"/> asking to <paramref name="intent"/> an appointment: slots
        /// offered at once when they name a time, else the question the dialogue needs answered. The call follows the
        /// words' language when it is known (<paramref name="french"/> not null).
        /// </summary>
        private async Task<CallStep> BeginAsync(string words, BookingIntent intent, bool? french, CalendarSettings calendar)
        {
            if (french is { } inFrench)
            {
                Call.Language = CallScript.TagFor(inFrench ? "fr" : "en", Call.Company?.Languages ?? ["en-US"]);
            }

            var booking = Call.Booking = new CallBookingState { Intent = intent, TypeName = BookingCues.TypeNamed(words, calendar) };
            journal.Event($"Booking dialogue: the caller asked to {intent.ToString().ToLowerInvariant()} an appointment.");
            var reading = await ReadAsync(words, booking);
            return intent == BookingIntent.Book ? await OfferAsync(reading, booking, askIfNoWhen: true) : await FindAsync(reading, booking);
        }

        /// <summary>
        /// The caller's turn understood through the model's tool call when a model is configured and its call makes sense
        /// here; offline otherwise (no model, a failure, a late or nonsensical answer). The call log says which read it.
        /// </summary>
        private async Task<BookingReading> ReadAsync(string speech, CallBookingState booking)
        {
            var offline = BookingReading.Offline(speech, booking.Offered.Count, time.GetUtcNow(), Zone);
            if (interpreter is null)
            {
                return offline;
            }

            string problem;
            try
            {
                var calendar = await Calendar.GetSettingsAsync();
                var turn = new BookingTurn(speech, Call.LastPrompt ?? "", Call.Language, Today, [.. calendar.Types.Select(t => t.Name)], booking.Offered);
                var call = await interpreter.InterpretAsync(turn, CancellationToken.None);
                if (call is not null && BookingReading.FromTool(call, booking, calendar, Today, interpreter.Name) is { } understood)
                {
                    journal.Event($"Booking turn read by {interpreter.Name}: {call.Tool}.");
                    return understood;
                }

                problem = call is null ? "no tool call" : $"a {call.Tool} call that does not fit";
            }
            catch (Exception e)
            {
                // Any failure of the model (unreachable, late, garbled) costs the caller nothing: the offline reader answers.
                problem = e.GetType().Name;
            }

            journal.Event($"Booking turn read offline ({interpreter.Name}: {problem}).");
            return offline;
        }

        private async Task<CallStep> OfferAsync(BookingReading reading, CallBookingState booking, bool askIfNoWhen)
        {
            booking.TypeName = reading.TypeName ?? booking.TypeName;
            if (reading.When is not { } when)
            {
                booking.Stage = BookingStage.AskingWhen;
                return askIfNoWhen ? steps.Listen(BookingScript.AskWhen(Call.Language)) : NotUnderstood(booking);
            }

            var part = when.Part switch
            {
                DayPart.Morning => SlotPart.Morning,
                DayPart.Afternoon => SlotPart.Afternoon,
                DayPart.Evening => (SlotPart?)SlotPart.Evening,
                _ => null,
            };
            var slots = await Calendar.FindSlotsAsync(new SlotSearch(when.Date ?? Today, when.Time, part, booking.TypeName, SlotsOffered));
            return Offer(booking, slots, lead: "");
        }

        private ListenStep Offer(CallBookingState booking, IReadOnlyList<FreeSlot> slots, string lead)
        {
            booking.Offered = [.. slots];
            booking.Stage = slots.Count == 0 ? BookingStage.AskingWhen : BookingStage.Offering;
            return steps.Listen(lead + (slots.Count == 0 ? BookingScript.NothingFree(Call.Language) : BookingScript.Offer(slots, Today, Call.Language)));
        }

        private async Task<CallStep> ChooseAsync(BookingReading reading, CallBookingState booking)
        {
            var when = reading.When;
            var chosen = when?.Time is null && reading.Choice is { } rank ? booking.Offered[rank]
                : when?.Time is { } at ? booking.Offered.FirstOrDefault(slot => slot.Start == at && (when.Date is null || when.Date == slot.Date))
                : null;
            if (chosen is null && when is not null)
            {
                return await OfferAsync(reading, booking, askIfNoWhen: false); // another time than those offered
            }

            if (chosen is null && reading.No)
            {
                booking.Stage = BookingStage.AskingWhen;
                return steps.Listen(BookingScript.OtherTime(Call.Language));
            }

            chosen ??= reading.Yes ? booking.Offered[0] : null;
            return chosen is null ? NotUnderstood(booking) : await TakeAsync(chosen, booking);
        }

        private async Task<CallStep> TakeAsync(FreeSlot slot, CallBookingState booking)
        {
            var moving = booking.Intent == BookingIntent.Move;
            var outcome = moving
                ? await Calendar.MoveAsync(booking.Reference!, slot.Date, slot.Start)
                : await Calendar.BookAsync(new BookingRequest(slot.Date, slot.Start, slot.TypeName, CallerPhone, CallScript.NameOrNull(Call.CallerName), Call.Language));
            if (outcome is { Result: BookingResult.Booked, Appointment: { } appointment })
            {
                booking.Stage = BookingStage.Done;
                Call.Reason = BookingScript.Logged(moving ? "Moved" : "Booked", appointment);
                journal.Event(Call.Reason);
                var texted = (moving ? appointment.CallerPhone : CallerPhone) is not null;
                return steps.End(BookingScript.Booked(appointment, moving, texted, Today, Call.Language), CallDecisions.Completed);
            }

            if (outcome.Result == BookingResult.NotFound)
            {
                return OfferMessage(booking); // the appointment was cancelled meanwhile, by the owner
            }

            // Taken since it was offered (or past by now): the next free ones, never the same slot twice.
            journal.Event($"The slot offered on {slot.Date:yyyy-MM-dd} at {slot.Start:HH\\:mm} was taken before the caller confirmed.");
            var next = outcome.Alternatives.Count > 0 ? outcome.Alternatives
                : await Calendar.FindSlotsAsync(new SlotSearch(slot.Date, slot.Start, null, slot.TypeName, SlotsOffered));
            return Offer(booking, [.. next.Where(other => other != slot)], BookingScript.Taken(Call.Language));
        }

        private async Task<CallStep> FindAsync(BookingReading reading, CallBookingState booking)
        {
            var reference = reading.Reference;
            var found = reference is null ? null : await Calendar.GetAsync(reference);
            if (found is null && booking.Stage != BookingStage.AskingReference && CallerPhone is { } phone)
            {
                var theirs = await Calendar.FindByCallerAsync(phone);
                found = theirs.Count == 1 ? theirs[0] : null; // several: only the reference says which
            }

            if (found is not { IsBooked: true })
            {
                var asked = booking.Stage == BookingStage.AskingReference;
                booking.Stage = BookingStage.AskingReference;
                return asked ? NotUnderstood(booking, BookingScript.UnknownReference(Call.Language)) : steps.Listen(BookingScript.AskReference(Call.Language));
            }

            booking.Reference = found.Reference;
            booking.TypeName = found.TypeName;
            booking.Stage = booking.Intent == BookingIntent.Cancel ? BookingStage.ConfirmingCancel : BookingStage.AskingWhen;
            return steps.Listen(BookingScript.Found(found, booking.Intent, Today, Call.Language));
        }

        private async Task<CallStep> CancelAsync(BookingReading reading, CallBookingState booking)
        {
            if (reading.No)
            {
                booking.Stage = BookingStage.Done;
                return steps.End(BookingScript.Kept(Call.Language), CallDecisions.Completed);
            }

            if (!reading.Yes)
            {
                return NotUnderstood(booking, BookingScript.YesOrNo(Call.Language));
            }

            var outcome = await Calendar.CancelAsync(booking.Reference!);
            if (outcome.Appointment is not { } cancelled)
            {
                return OfferMessage(booking);
            }

            booking.Stage = BookingStage.Done;
            Call.Reason = BookingScript.Logged("Cancelled", cancelled);
            journal.Event(Call.Reason);
            return steps.End(BookingScript.Cancelled(cancelled, Today, Call.Language), CallDecisions.Completed);
        }

        private ListenStep NotUnderstood(CallBookingState booking, string? again = null)
        {
            if (++booking.Misunderstood >= AnswersNotUnderstood)
            {
                return OfferMessage(booking);
            }

            return steps.Listen(again ?? BookingScript.Pardon(Call.Language) + booking.Stage switch
            {
                BookingStage.Offering => BookingScript.Offer(booking.Offered, Today, Call.Language),
                BookingStage.AskingReference => BookingScript.AskReference(Call.Language),
                BookingStage.ConfirmingCancel => BookingScript.YesOrNo(Call.Language),
                _ => BookingScript.OtherTime(Call.Language),
            });
        }

        private ListenStep OfferMessage(CallBookingState booking)
        {
            booking.Stage = BookingStage.Done;
            Call.Reason = "The booking dialogue did not complete; the caller was asked for a message.";
            journal.Event(Call.Reason);
            return steps.AskForMessage(BookingScript.LeaveAMessage(steps.OwnerName, Call.Language));
        }
    }
}
