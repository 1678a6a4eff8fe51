using System.Xml.Linq;

namespace Concierge.TestSupport;

/// <summary>A TwiML answer, read the way Twilio reads it.</summary>
public sealed record Twiml(XDocument Document)
{
    public static Twiml Parse(string xml) => new(XDocument.Parse(xml));

    public XElement Root => Document.Root!;

    /// <summary>Everything said to the caller, in order, Gather prompts included.</summary>
    public string Spoken => string.Join(" ", Root.Descendants("Say").Select(s => s.Value));

    public XElement? Gather => Root.Element("Gather");

    public XElement? Dial => Root.Element("Dial");

    public XElement? DialedNumber => Dial?.Element("Number");

    public bool HangsUp => Root.Element("Hangup") is not null;

    public bool Rejects => Root.Element("Reject") is not null;

    public bool Listens => Gather is not null && Gather.Attribute("input")?.Value == "speech";
}
