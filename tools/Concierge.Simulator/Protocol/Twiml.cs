using Concierge.Grains.Interfaces.Calls;
using System.Xml.Linq;

namespace Concierge.Simulator.Protocol;

/// <summary>A TwiML answer, read the way Twilio reads it.</summary>
public sealed record Twiml(XDocument Document)
{
    public static Twiml Parse(string xml) => new(XDocument.Parse(xml));

    public XElement Root => Document.Root!;

    /// <summary>Every sentence said, in order, Gather prompts included.</summary>
    public IEnumerable<string> Sayings => Root.Descendants("Say").Select(s => s.Value);

    /// <summary>Everything said, in order, Gather prompts included.</summary>
    public string Spoken => string.Join(" ", Sayings);

    public XElement? Gather => Root.Element("Gather");

    public XElement? Dial => Root.Element("Dial");

    public XElement? DialedNumber => Dial?.Element("Number");

    /// <summary>Where Twilio goes when a Gather hears nothing (the document carries on after it).</summary>
    public XElement? Redirect => Root.Element("Redirect");

    public bool HangsUp => Root.Element("Hangup") is not null;

    public bool Rejects => Root.Element("Reject") is not null;

    /// <summary>An empty document: on the owner's leg it ends the whisper and bridges the caller.</summary>
    public bool IsEmpty => !Root.HasElements;

    public bool Listens => Gather is not null && Gather.Attribute("input")?.Value == "speech";

    /// <summary>Waits for the person on the line to press a key (the owner's whisper).</summary>
    public bool AwaitsKey => Gather is not null && Gather.Attribute("input")?.Value == "dtmf";

    /// <summary>The concierge's own failure answer: it could not handle the webhook and told the caller so.</summary>
    public bool IsServiceTrouble => Spoken == ServiceTrouble.Announcement;
}
