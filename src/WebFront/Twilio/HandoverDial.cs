using Twilio.TwiML.Voice;
using Twilio.Types;

namespace Concierge.WebFront.Twilio;

/// <summary>
/// How a handover token reaches the agent: on a phone number, as DTMF digits Twilio plays once the agent answers (after
/// a one-second pause, "ww", so the agent's system is listening); on a SIP URI, as the header <c>X-Handover-Token</c>
/// (Twilio sends <c>X-</c> query parameters of a SIP URI as SIP headers).
/// </summary>
public static class HandoverDial
{
    public const string SipHeader = "X-Handover-Token";

    public static void Append(Dial dial, string agent, string token)
    {
        ArgumentNullException.ThrowIfNull(dial);
        ArgumentNullException.ThrowIfNull(agent);
        if (agent.StartsWith("sip:", StringComparison.OrdinalIgnoreCase))
        {
            var separator = agent.Contains('?', StringComparison.Ordinal) ? '&' : '?';
            dial.Sip(new Uri($"{agent}{separator}{SipHeader}={Uri.EscapeDataString(token)}"));
        }
        else
        {
            dial.Number(new PhoneNumber(agent), sendDigits: "ww" + token);
        }
    }
}
