using Concierge.Grains.Interfaces.Twilio;

namespace Concierge.Simulator.Protocol;

/// <summary>
/// What the simulator needs to pass for Twilio: the URL the server believes Twilio calls (its
/// <c>Concierge:Twilio:PublicBaseUrl</c>, or its own address when that is unset) and the account's auth token.
/// </summary>
/// <remarks>
/// The base URL is a string, never a <see cref="Uri"/>: the signature covers the exact text, and <see cref="Uri"/>
/// would lowercase the host and drop default ports.
/// </remarks>
public sealed record TwilioAccount(string PublicBaseUrl, string AuthToken)
{
    /// <summary>A well-formed, obviously fake account SID: every simulated webhook carries one, as Twilio's do.</summary>
    public string AccountSid { get; init; } = "AC00000000000000000000000000000000";

    private string Base => PublicBaseUrl.TrimEnd('/');

    /// <summary>The full URL Twilio would request for <paramref name="pathAndQuery"/> ("/twilio/voice", "/twilio/whisper?call=CA…").</summary>
    public string UrlFor(string pathAndQuery) => Base + pathAndQuery;

    /// <summary>The <c>X-Twilio-Signature</c> Twilio would send for a form POST of <paramref name="form"/> to <paramref name="pathAndQuery"/>.</summary>
    public string Sign(string pathAndQuery, IEnumerable<KeyValuePair<string, string>> form) =>
        TwilioSignature.Sign(UrlFor(pathAndQuery), form, AuthToken);

    /// <summary>
    /// Where to send a request for a URL found in TwiML (an action, a redirect, a whisper): absolute URLs under the public
    /// base and relative ones map to the same path and query on the server the simulator talks to.
    /// </summary>
    public string PathAndQueryOf(string twimlUrl)
    {
        ArgumentException.ThrowIfNullOrEmpty(twimlUrl);
        if (twimlUrl.StartsWith(Base, StringComparison.OrdinalIgnoreCase) && twimlUrl.Length > Base.Length && twimlUrl[Base.Length] is '/' or '?')
        {
            return twimlUrl[Base.Length..];
        }

        return twimlUrl.StartsWith('/') ? twimlUrl : new Uri(twimlUrl, UriKind.Absolute).PathAndQuery;
    }
}
