using Concierge.Grains.Interfaces.Calls;
using Twilio.TwiML;
using Twilio.TwiML.Voice;
using Stream = Twilio.TwiML.Voice.Stream;
using HttpMethod = Twilio.Http.HttpMethod;

namespace Concierge.WebFront.Media;

/// <summary>
/// The TwiML that connects a caller to the live voice: <c>&lt;Connect action&gt;&lt;Stream url="wss://…/twilio/stream"&gt;</c>
/// with the call and its one-time token as <c>&lt;Parameter&gt;</c>s (a Stream URL cannot carry a query string; they
/// arrive in the stream's <c>start.customParameters</c>). Once the stream closes, Twilio asks the Connect action what next.
/// </summary>
public static class MediaStreamTwiml
{
    public const string StreamPath = "/twilio/stream";

    public const string EndedPath = "/twilio/stream-ended";

    public const string CallSidParameter = "callSid";

    public const string TokenParameter = "token";

    public static VoiceResponse Connect(StreamStep step, string callSid, Uri? publicBaseUrl)
    {
        ArgumentNullException.ThrowIfNull(step);
        var stream = new Stream(url: StreamUrl(publicBaseUrl))
            .Parameter(CallSidParameter, callSid)
            .Parameter(TokenParameter, step.Token);
        var connect = new Connect(action: new Uri(Base(publicBaseUrl) + EndedPath, UriKind.RelativeOrAbsolute), method: HttpMethod.Post);
        return new VoiceResponse().Append(connect.Append(stream));
    }

    /// <summary>The stream's URL under the public base URL (Twilio accepts only wss in production).</summary>
    public static string StreamUrl(Uri? publicBaseUrl) => WebSocketUrl(Base(publicBaseUrl) + StreamPath);

    /// <summary><paramref name="url"/> with its http(s) scheme turned to WebSocket's: https → wss, http → ws.</summary>
    public static string WebSocketUrl(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? "wss://" + url["https://".Length..]
            : url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? "ws://" + url["http://".Length..]
            : url;
    }

    /// <summary>OriginalString keeps the host's case as configured at Twilio (the handshake's signature covers it).</summary>
    private static string Base(Uri? publicBaseUrl) => publicBaseUrl?.OriginalString.TrimEnd('/') ?? "";
}
