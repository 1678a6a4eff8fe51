using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Concierge.WebFront.Twilio;

/// <summary>
/// A TwiML document's root element as text, exactly as <c>XNode.ToString(SaveOptions.DisableFormatting)</c> writes it,
/// through one XML writer per thread kept from request to request: a new writer per document (what <c>ToString</c> makes)
/// allocates a 12 KB character buffer, the largest single allocation of a webhook. The writer works on fragments so that it
/// can write one root after another; a document it fails on (text XML cannot hold) throws as before and the writer,
/// whose state is then unknown, is dropped.
/// </summary>
internal static class TwimlText
{
    private static readonly XmlWriterSettings Settings = new()
    {
        OmitXmlDeclaration = true,
        ConformanceLevel = ConformanceLevel.Fragment,
    };

    [ThreadStatic]
    private static Cached? cached;

    public static string Of(XElement root)
    {
        var writer = cached ?? new Cached();
        cached = null;
        root.WriteTo(writer.Xml);
        writer.Xml.Flush();
        var text = writer.Text.ToString();
        writer.Text.Clear();
        cached = writer;
        return text;
    }

    private sealed class Cached
    {
        public Cached()
        {
            Xml = XmlWriter.Create(new StringWriter(Text, CultureInfo.InvariantCulture), Settings);
        }

        public StringBuilder Text { get; } = new();

        public XmlWriter Xml { get; }
    }
}
