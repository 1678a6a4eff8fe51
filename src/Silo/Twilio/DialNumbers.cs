using System.Xml;

namespace Concierge.Silo.Twilio;

/// <summary>The phone numbers a <c>&lt;Dial&gt;</c> rings (its <c>&lt;Number&gt;</c> nouns).</summary>
public sealed class DialNumbers
{
    private readonly List<Action<XmlWriter>> numbers = [];

    internal DialNumbers()
    {
    }

    /// <param name="number">E.164 number to ring.</param>
    /// <param name="whisperUrl">TwiML played to the person who answers before the caller is connected (<c>url</c>).</param>
    /// <param name="method">HTTP method for <paramref name="whisperUrl"/>.</param>
    /// <param name="sendDigits">DTMF sent once the call is answered (an extension, for example).</param>
    public DialNumbers Number(string number, string? whisperUrl = null, string? method = null, string? sendDigits = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        numbers.Add(xml =>
        {
            xml.WriteStartElement("Number");
            xml.WriteOptional("url", whisperUrl);
            xml.WriteOptional("method", method);
            xml.WriteOptional("sendDigits", sendDigits);
            xml.WriteString(number);
            xml.WriteEndElement();
        });
        return this;
    }

    internal int Count => numbers.Count;

    internal void WriteTo(XmlWriter xml) => numbers.ForEach(number => number(xml));
}
