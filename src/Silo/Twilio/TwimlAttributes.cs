using System.Globalization;
using System.Xml;

namespace Concierge.Silo.Twilio;

/// <summary>Writes a TwiML attribute only when it is set, in the spelling Twilio expects.</summary>
internal static class TwimlAttributes
{
    public static void WriteOptional(this XmlWriter xml, string name, string? value)
    {
        if (value is not null)
        {
            xml.WriteAttributeString(name, value);
        }
    }

    public static void WriteOptional(this XmlWriter xml, string name, int? value)
    {
        if (value is { } number)
        {
            xml.WriteAttributeString(name, number.ToString(CultureInfo.InvariantCulture));
        }
    }

    public static void WriteOptional(this XmlWriter xml, string name, bool? value)
    {
        if (value is { } flag)
        {
            // Twilio reads lowercase booleans; bool.ToString() would write "True".
            xml.WriteAttributeString(name, flag ? "true" : "false");
        }
    }
}
