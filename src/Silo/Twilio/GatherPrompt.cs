using System.Xml;

namespace Concierge.Silo.Twilio;

/// <summary>What the caller hears while <c>&lt;Gather&gt;</c> listens: its nested <c>&lt;Say&gt;</c> and <c>&lt;Pause&gt;</c>.</summary>
public sealed class GatherPrompt
{
    private readonly List<Action<XmlWriter>> verbs = [];

    internal GatherPrompt()
    {
    }

    public GatherPrompt Say(string text, string? language = null, string? voice = null)
    {
        verbs.Add(TwimlVerbs.Say(text, language, voice));
        return this;
    }

    public GatherPrompt Pause(int seconds)
    {
        verbs.Add(TwimlVerbs.Pause(seconds));
        return this;
    }

    internal void WriteTo(XmlWriter xml) => verbs.ForEach(verb => verb(xml));
}
