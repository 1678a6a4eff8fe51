using Concierge.Grains.Interfaces.Companies;
using Concierge.Grains.Interfaces.Scheduling;
using Concierge.Grains.Interfaces.Telephony;

namespace Concierge.Grains.Scheduling;

/// <summary>
/// Sends one due text from the company's first Twilio number. The text is marked started and saved before it is handed
/// to the network, so it never goes twice: a refusal that certainly sent nothing is retried after a doubling wait (up
/// to the configured attempts); a failure that may have delivered it is recorded and not retried.
/// </summary>
internal sealed class AppointmentTextSending(ITelephony telephony, AppointmentsOptions options, TimeProvider time)
{
    public async Task SendAsync(AppointmentText text, Appointment appointment, CompanySettings? company, Func<Task> saveAsync, CancellationToken cancellationToken)
    {
        if (!appointment.IsBooked || appointment.CallerPhone is null)
        {
            text.Dropped = true;
            return;
        }

        if (company?.TwilioNumbers is not [var from, ..])
        {
            text.Dropped = true;
            text.Error = "The company has no Twilio number to text from.";
            return;
        }

        var body = AppointmentTextComposer.Compose(text.Kind, appointment, company!.Name, text.Language);
        text.StartedAt = time.GetUtcNow();
        await saveAsync();
        try
        {
            text.MessageSid = await telephony.SendMessageAsync(new OutboundMessage(from, appointment.CallerPhone, body), cancellationToken);
            text.SentAt = time.GetUtcNow();
            text.Error = null;
        }
        catch (TelephonyException e) when (!e.MayHaveHappened)
        {
            text.StartedAt = null;
            text.Attempts++;
            text.Error = e.Message;
            text.DueAt = time.GetUtcNow() + options.RetryDelay(text.Attempts);
            text.Dropped = text.Attempts >= options.MaxAttempts;
        }
        catch (TelephonyException e)
        {
            text.Error = e.Message; // it may have arrived: not sent again
        }
    }
}
