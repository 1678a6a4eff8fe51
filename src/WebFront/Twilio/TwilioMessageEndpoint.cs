using Concierge.Grains.Interfaces.Companies;
using Concierge.Grains.Interfaces.Notes;
using Concierge.Grains.Notes;
using Concierge.Silo.Queries;
using Orleans;
using Twilio.TwiML;

namespace Concierge.WebFront.Twilio;

/// <summary>
/// <c>/twilio/message</c>: an SMS or WhatsApp message to one of a company's numbers. From an authorised sender it becomes
/// a note, recorded durably before the (empty) answer, processed afterwards; a retry of the same MessageSid finds the same
/// note. Anyone else is told politely, and nothing of theirs is stored. A failure still answers TwiML, asking the sender
/// to send again: nothing is acknowledged that was not recorded.
/// </summary>
public static partial class TwilioMessageEndpoint
{
    public const string SendAgain = "Sorry, your note could not be saved just now; please send it again in a minute. / Désolé, votre note n'a pas pu être enregistrée ; renvoyez-la dans une minute.";

    public static async Task<IResult> MessageAsync(HttpRequest request, IGrainFactory grains, CompanyDirectory directory, ILogger<TwilioMessageForm> logger)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await TwilioWebhook.FieldsAsync(request) is not { } fields)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The request body could not be read as a form.");
        }

        var (message, errors) = TwilioMessageForm.Read(fields);
        if (message is null)
        {
            return TypedResults.ValidationProblem(errors, title: "The Twilio request is missing required fields.");
        }

        using var turn = TwilioWebhook.TurnCancellation(request);
        try
        {
            return new TwimlResult(await RecordAsync(message, grains, directory, turn.Token).WaitAsync(TwilioWebhook.Budget));
        }
        catch (Exception e) when (!request.HttpContext.RequestAborted.IsCancellationRequested)
        {
            LogNotRecorded(logger, e, message.MessageSid);
            return new TwimlResult(new MessagingResponse().Message(SendAgain));
        }
    }

    private static async Task<MessagingResponse> RecordAsync(TwilioMessageForm message, IGrainFactory grains, CompanyDirectory directory, CancellationToken cancellationToken)
    {
        var companyId = await directory.CompanyForNumberAsync(MessageSenders.NumberOf(message.To), cancellationToken);
        if (await grains.GetGrain<ICompanyGrain>(companyId).FindSenderAsync(message.From) is not { } sender)
        {
            return new MessagingResponse().Message(NoteReplies.NotASender);
        }

        var note = new IncomingNote(companyId, message.From, message.To, sender.Phone, sender.Name, message.Body, message.Media);
        await grains.GetGrain<INoteGrain>(message.MessageSid).ReceiveAsync(note, cancellationToken);
        return new MessagingResponse(); // the reply comes once the note is processed
    }

    [LoggerMessage(EventId = 4121, Level = LogLevel.Error, Message = "Message {MessageSid} could not be recorded; the sender was asked to send it again")]
    private static partial void LogNotRecorded(ILogger logger, Exception exception, string messageSid);
}
