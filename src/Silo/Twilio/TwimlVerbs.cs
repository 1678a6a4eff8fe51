using System.Xml;

namespace Concierge.Silo.Twilio;

/// <summary>Verbs allowed both at the top of a document and inside <c>&lt;Gather&gt;</c>, written in one place.</summary>
internal static class TwimlVerbs
{
    public static Action<XmlWriter> Say(string text, string? language, string? voice)
    {
        ArgumentNullException.ThrowIfNull(text);
        return xml =>
        {
            xml.WriteStartElement("Say");
            xml.WriteOptional("voice", voice);
            xml.WriteOptional("language", language);
            xml.WriteString(text);
            xml.WriteEndElement();
        };
    }

    public static Action<XmlWriter> Pause(int seconds)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(seconds);
        return xml =>
        {
            xml.WriteStartElement("Pause");
            xml.WriteOptional("length", seconds);
            xml.WriteEndElement();
        };
    }
}
