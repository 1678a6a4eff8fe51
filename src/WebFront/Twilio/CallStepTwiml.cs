using System.Globalization;
using Concierge.Grains.Interfaces.Calls;
using Concierge.Grains.Interfaces.Text;
using Concierge.Silo.Twilio;
using Microsoft.Extensions.Options;
using Twilio.TwiML;
using Twilio.TwiML.Voice;
using Twilio.Types;
using HttpMethod = Twilio.Http.HttpMethod;

namespace Concierge.WebFront.Twilio;

/// <summary>
/// Renders what a call grain decided as TwiML (the Twilio SDK's <see cref="VoiceResponse"/>). Action URLs are absolute
/// under <see cref="TwilioOptions.PublicBaseUrl"/> when it is set (so they match the URL Twilio signs), relative otherwise.
/// The document is only built here; <see cref="TwimlResult"/> serialises it inside the webhook's fallback guard.
/// </summary>
public sealed class CallStepTwiml(IOptionsMonitor<TwilioOptions> options)
{
    /// <summary>Seconds the owner gets to press 1 after the whisper.</summary>
    private const int WhisperKeySeconds = 8;

    /// <summary>
    /// The step as TwiML. <paramref name="answerPath"/> is where a listening's answer goes (with <c>turn</c> added): a lead's
    /// call has its own route; a screened call's is <c>/twilio/gather</c>.
    /// </summary>
    public VoiceResponse Render(CallStep step, string callSid, string? answerPath = null) => step switch
    {
        ListenStep listen when answerPath is not null => Listen(listen, Url(AnswerPathAndQuery(answerPath, listen.Turn))),
        ListenStep listen => Listen(listen, GatherUrl(listen.Turn)),
        TransferStep transfer => Transfer(transfer, callSid),
        HangUpStep { Farewell.Length: > 0 } hangUp => new VoiceResponse().Say(Speakable(hangUp.Farewell), language: hangUp.Language).Hangup(),
        HangUpStep => new VoiceResponse().Hangup(),
        RejectStep => new VoiceResponse().Reject(reason: Reject.ReasonEnum.Rejected),
        StreamStep stream => Media.MediaStreamTwiml.Connect(stream, callSid, options.CurrentValue.PublicBaseUrl),
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, "Unknown call step"),
    };

    /// <summary>The owner's leg: hear who is calling and press 1, be connected, or be let go.</summary>
    public VoiceResponse Render(WhisperStep step, string callSid)
    {
        if (step.Connect)
        {
            return new VoiceResponse(); // an empty document ends the whisper and bridges the caller
        }

        if (!step.AwaitKey)
        {
            var goodbye = new VoiceResponse();
            return (step.Announcement.Length > 0 ? goodbye.Say(Speakable(step.Announcement), language: step.Language) : goodbye).Hangup();
        }

        var gather = new Gather(
            input: [Gather.InputEnum.Dtmf], numDigits: 1, timeout: WhisperKeySeconds, action: WhisperUrl(callSid), method: HttpMethod.Post);
        gather.Say(Speakable(step.Announcement), language: step.Language);
        return new VoiceResponse().Append(gather).Hangup(); // no key pressed: the owner's leg ends and the caller is offered a message
    }

    /// <summary>What a caller hears when the concierge itself fails: never silence, never an error page.</summary>
    public static VoiceResponse ServiceTrouble() => new VoiceResponse().Say(Grains.Interfaces.Calls.ServiceTrouble.Announcement, language: Grains.Interfaces.Calls.ServiceTrouble.Language).Hangup();

    private static VoiceResponse Listen(ListenStep listen, Uri answer)
    {
        var gather = new Gather(
            input: [Gather.InputEnum.Speech], action: answer, method: HttpMethod.Post, timeout: listen.AnswerWithinSeconds, speechTimeout: "auto", language: listen.Language);
        gather.Say(Speakable(listen.Prompt), language: listen.Language);
        return new VoiceResponse()
            .Append(gather)
            .Redirect(answer, method: HttpMethod.Post); // Twilio carries on here when the caller says nothing
    }

    private static string AnswerPathAndQuery(string path, int turn) =>
        $"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}{TwilioVoiceEndpoints.TurnParameter}={turn.ToString(CultureInfo.InvariantCulture)}";

    private VoiceResponse Transfer(TransferStep transfer, string callSid)
    {
        var dial = new Dial(action: Url("/twilio/dial-result"), method: HttpMethod.Post, timeout: transfer.RingSeconds, answerOnBridge: true);
        if (transfer.HandoverToken is { } token)
        {
            HandoverDial.Append(dial, transfer.OwnerNumber, token);
        }
        else
        {
            dial.Number(new PhoneNumber(transfer.OwnerNumber), url: transfer.Whisper ? WhisperUrl(callSid) : null);
        }

        return new VoiceResponse().Say(Speakable(transfer.Prompt), language: transfer.Language).Append(dial);
    }

    /// <summary>
    /// What a step says can carry text stored before the API refused control characters (an exception's name, a
    /// greeting, a name a caller gave on an earlier call): it is said without them rather than failing the document.
    /// </summary>
    private static string Speakable(string text) => SpeakableText.Clean(text);

    /// <summary>
    /// Where the caller's answer to a listening goes: the URL carries the turn it answers (Twilio signs the query string
    /// too), so an answer sent twice is heard once. Turn 0 (a call started before turns were numbered) carries none.
    /// </summary>
    private Uri GatherUrl(int turn) =>
        turn > 0 ? Url($"/twilio/gather?{TwilioVoiceEndpoints.TurnParameter}={turn.ToString(CultureInfo.InvariantCulture)}") : Url("/twilio/gather");

    private Uri WhisperUrl(string callSid) => Url($"/twilio/whisper?call={Uri.EscapeDataString(callSid)}");

    /// <summary>The SDK writes a URL as it was given (<see cref="Uri.OriginalString"/>), so a relative one stays relative.</summary>
    private Uri Url(string pathAndQuery) =>
        new((options.CurrentValue.PublicBaseUrl?.ToString().TrimEnd('/') ?? "") + pathAndQuery, UriKind.RelativeOrAbsolute);
}
