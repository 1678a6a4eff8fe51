using System.Diagnostics;
using System.Globalization;
using System.Net;
using Concierge.Grains.Interfaces.Twilio;
using Concierge.Simulator.Load;
using Concierge.Simulator.Protocol;

namespace Concierge.Simulator.Calls;

/// <summary>
/// One phone call as Twilio drives it: form POSTs to the concierge's webhooks, each carrying the call's fields and
/// signed with the account's auth token over the public URL. Every answer is kept in <see cref="Exchanges"/>.
/// </summary>
/// <param name="http">Sends to the concierge: its <see cref="HttpClient.BaseAddress"/> is where the server listens.</param>
/// <param name="timings">When given, each webhook's round-trip time is recorded there by kind.</param>
/// <param name="callSid">A call Twilio already placed (to redeliver its webhooks); a new CallSid when null.</param>
public sealed class SimulatedCall(HttpClient http, TwilioAccount account, string from, string to, WebhookTimings? timings = null, string? callSid = null)
{
    private readonly List<WebhookExchange> exchanges = [];

    public string CallSid { get; } = callSid ?? NewSid();

    /// <summary>The owner's leg of a transfer: a call of its own, child of this one.</summary>
    public string OwnerLegSid { get; } = NewSid();

    public string From { get; } = from;

    public string To { get; } = to;

    public TwilioAccount Account { get; } = account;

    /// <summary>Every webhook sent and answered, in order.</summary>
    public IReadOnlyList<WebhookExchange> Exchanges
    {
        get
        {
            lock (exchanges)
            {
                return [.. exchanges];
            }
        }
    }

    public Task<Twiml> RingAsync(CancellationToken cancellationToken = default) =>
        PostTwimlAsync("/twilio/voice", [("CallStatus", "ringing")], cancellationToken);

    /// <summary>The caller said <paramref name="speech"/> while a Gather listened (its action is <paramref name="pathAndQuery"/>).</summary>
    public Task<Twiml> SayAsync(string speech, double confidence = 0.92, string pathAndQuery = "/twilio/gather", CancellationToken cancellationToken = default) =>
        PostTwimlAsync(pathAndQuery, [("SpeechResult", speech), ("Confidence", confidence.ToString(CultureInfo.InvariantCulture))], cancellationToken);

    /// <summary>The Gather timed out with nothing heard: Twilio follows the Redirect after it, with no SpeechResult.</summary>
    public Task<Twiml> StaySilentAsync(string pathAndQuery = "/twilio/gather", CancellationToken cancellationToken = default) =>
        PostTwimlAsync(pathAndQuery, [], cancellationToken);

    /// <summary>The owner's leg ended: Twilio posts the Dial's action with the outcome.</summary>
    public Task<Twiml> DialEndsAsync(string dialCallStatus, bool bridged, int duration = 0, string pathAndQuery = "/twilio/dial-result", CancellationToken cancellationToken = default) =>
        PostTwimlAsync(
            pathAndQuery,
            [("DialCallStatus", dialCallStatus), ("DialCallSid", OwnerLegSid), ("DialBridged", bridged ? "true" : "false"), ("DialCallDuration", duration.ToString(CultureInfo.InvariantCulture))],
            cancellationToken);

    /// <summary>The owner picked up: Twilio fetches the Number's whisper URL on the owner's leg.</summary>
    public Task<Twiml> OwnerAnswersAsync(string? whisperPathAndQuery = null, CancellationToken cancellationToken = default) =>
        PostTwimlAsync(whisperPathAndQuery ?? WhisperPath, OwnerLeg(), cancellationToken);

    /// <summary>The owner pressed <paramref name="digits"/> during the whisper (the whisper Gather's action).</summary>
    public Task<Twiml> OwnerPressesAsync(string digits, string? whisperPathAndQuery = null, CancellationToken cancellationToken = default) =>
        PostTwimlAsync(whisperPathAndQuery ?? WhisperPath, [.. OwnerLeg(), ("Digits", digits)], cancellationToken);

    /// <summary>Twilio's status callback at the end of the call.</summary>
    public Task<HttpResponseMessage> HangUpAsync(int duration, string callStatus = "completed", CancellationToken cancellationToken = default) =>
        PostAsync("/twilio/status", [("CallStatus", callStatus), ("CallDuration", duration.ToString(CultureInfo.InvariantCulture))], cancellationToken: cancellationToken);

    /// <summary>Posts the call's fields plus <paramref name="fields"/> and reads the answer as TwiML; anything else throws.</summary>
    /// <exception cref="UnexpectedWebhookResponseException">Not a 200 with an XML body that parses.</exception>
    public async Task<Twiml> PostTwimlAsync(string pathAndQuery, IEnumerable<(string Key, string Value)> fields, CancellationToken cancellationToken = default)
    {
        using var response = await PostAsync(pathAndQuery, fields, cancellationToken: cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "application/xml")
        {
            throw new UnexpectedWebhookResponseException(
                $"{pathAndQuery} answered {(int)response.StatusCode} ({response.Content.Headers.ContentType}): {body}");
        }

        try
        {
            return Twiml.Parse(body);
        }
        catch (System.Xml.XmlException e)
        {
            throw new UnexpectedWebhookResponseException($"{pathAndQuery} answered 200 with a body that is not XML: {body}", e);
        }
    }

    /// <summary>
    /// Posts <see cref="FormFor"/>(<paramref name="fields"/>) to <paramref name="pathAndQuery"/>, signed as Twilio signs
    /// (or with <paramref name="signature"/> as given), and records the answer.
    /// </summary>
    public async Task<HttpResponseMessage> PostAsync(
        string pathAndQuery, IEnumerable<(string Key, string Value)> fields, string? signature = null, CancellationToken cancellationToken = default)
    {
        var form = FormFor([.. fields]);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(pathAndQuery, UriKind.Relative)) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add(TwilioSignature.HeaderName, signature ?? Account.Sign(pathAndQuery, form));
        var started = Stopwatch.GetTimestamp();
        var response = await http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken); // buffered: the caller can read it again
        var latency = Stopwatch.GetElapsedTime(started);
        var kind = WebhookKind.Of(pathAndQuery);
        timings?.Record(kind, latency);
        lock (exchanges)
        {
            exchanges.Add(new WebhookExchange(kind, pathAndQuery, form, (int)response.StatusCode, body, latency));
        }

        return response;
    }

    /// <summary>
    /// The form Twilio sends for this call: its standard fields, with <paramref name="fields"/> replacing those of the same
    /// name and adding the rest.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> FormFor(params (string Key, string Value)[] fields)
    {
        var form = new List<KeyValuePair<string, string>>
        {
            new("CallSid", CallSid),
            new("AccountSid", Account.AccountSid),
            new("From", From),
            new("To", To),
            new("CallStatus", "in-progress"),
            new("Direction", "inbound"),
            new("ApiVersion", "2010-04-01"),
        };
        foreach (var (key, value) in fields)
        {
            var index = form.FindIndex(f => f.Key == key);
            if (index >= 0)
            {
                form[index] = new(key, value);
            }
            else
            {
                form.Add(new(key, value));
            }
        }

        return form;
    }

    private string WhisperPath => $"/twilio/whisper?call={CallSid}";

    private (string Key, string Value)[] OwnerLeg() =>
        [("CallSid", OwnerLegSid), ("ParentCallSid", CallSid), ("Direction", "outbound-dial"), ("From", To)];

    private static string NewSid() => $"CA{Guid.NewGuid():N}";
}
