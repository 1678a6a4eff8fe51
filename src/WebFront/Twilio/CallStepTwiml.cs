using System.Globalization;
using Concierge.Grains.Interfaces.Calls;
using Concierge.Grains.Interfaces.Text;
using Concierge.Silo.Twilio;
using Microsoft.Extensions.Options;

namespace Concierge.WebFront.Twilio;

/// <summary>
/// Renders what a call grain decided as TwiML. Action URLs are absolute under <see cref="TwilioOptions.PublicBaseUrl"/>
/// when it is set (so they match the URL Twilio signs), relative otherwise.
/// </summary>
public sealed class CallStepTwiml(IOptionsMonitor<TwilioOptions> options)
{
    /// <summary>Seconds the owner gets to press 1 after the whisper.</summary>
    private const int WhisperKeySeconds = 8;

    public TwimlWriter Render(CallStep step, string callSid) => step switch
    {
        ListenStep listen => new TwimlWriter()
            .Gather(
                new GatherOptions { Input = "speech", Action = GatherUrl(listen.Turn), Method = "POST", SpeechTimeout = "auto", Language = listen.Language },
                prompt => prompt.Say(Speakable(listen.Prompt), listen.Language))
            .Redirect(GatherUrl(listen.Turn), "POST"), // Twilio carries on here when the caller says nothing
        TransferStep transfer => new TwimlWriter()
            .Say(Speakable(transfer.Prompt), transfer.Language)
            .Dial(
                new DialOptions { Action = Url("/twilio/dial-result"), Method = "POST", Timeout = transfer.RingSeconds, AnswerOnBridge = true },
                numbers => numbers.Number(transfer.OwnerNumber, transfer.Whisper ? WhisperUrl(callSid) : null)),
        HangUpStep { Farewell.Length: > 0 } hangUp => new TwimlWriter().Say(Speakable(hangUp.Farewell), hangUp.Language).Hangup(),
        HangUpStep => new TwimlWriter().Hangup(),
        RejectStep => new TwimlWriter().Reject(RejectReason.Rejected),
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, "Unknown call step"),
    };

    /// <summary>The owner's leg: hear who is calling and press 1, be connected, or be let go.</summary>
    public TwimlWriter Render(WhisperStep step, string callSid)
    {
        if (step.Connect)
        {
            return new TwimlWriter(); // an empty document ends the whisper and bridges the caller
        }

        if (!step.AwaitKey)
        {
            var goodbye = new TwimlWriter();
            return (step.Announcement.Length > 0 ? goodbye.Say(Speakable(step.Announcement), step.Language) : goodbye).Hangup();
        }

        return new TwimlWriter()
            .Gather(
                new GatherOptions { Input = "dtmf", NumDigits = 1, Timeout = WhisperKeySeconds, Action = WhisperUrl(callSid), Method = "POST" },
                prompt => prompt.Say(Speakable(step.Announcement), step.Language))
            .Hangup(); // no key pressed: the owner's leg ends and the caller is offered a message
    }

    /// <summary>What a caller hears when the concierge itself fails: never silence, never an error page.</summary>
    public static TwimlWriter ServiceTrouble() => new TwimlWriter().Say(Grains.Interfaces.Calls.ServiceTrouble.Announcement, Grains.Interfaces.Calls.ServiceTrouble.Language).Hangup();

    /// <summary>
    /// What a step says can carry text stored before the API refused control characters (an exception's name, a
    /// greeting, a name a caller gave on an earlier call): it is said without them rather than failing the document.
    /// </summary>
    private static string Speakable(string text) => SpeakableText.Clean(text);

    /// <summary>
    /// Where the caller's answer to a listening goes: the URL carries the turn it answers (Twilio signs the query string
    /// too), so an answer sent twice is heard once. Turn 0 (a call started before turns were numbered) carries none.
    /// </summary>
    private string GatherUrl(int turn) =>
        turn > 0 ? $"{Url("/twilio/gather")}?{TwilioVoiceEndpoints.TurnParameter}={turn.ToString(CultureInfo.InvariantCulture)}" : Url("/twilio/gather");

    private string WhisperUrl(string callSid) => $"{Url("/twilio/whisper")}?call={Uri.EscapeDataString(callSid)}";

    private string Url(string path) => (options.CurrentValue.PublicBaseUrl?.ToString().TrimEnd('/') ?? "") + path;
}
