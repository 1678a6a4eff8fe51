using System.Text;
using System.Xml;

namespace Concierge.Silo.Twilio;

/// <summary>
/// Builds a TwiML document: verbs in the order they are added, inside <c>&lt;Response&gt;</c>. Only attributes that
/// are set are written, so Twilio's defaults apply to the rest. <see cref="ToString"/> returns the XML.
/// </summary>
/// <example>
/// <code>
/// new TwimlWriter()
///     .Gather(new GatherOptions { Input = "speech", Action = "/twilio/gather" }, prompt => prompt.Say("Who is calling?"))
///     .Redirect("/twilio/voice");
/// </code>
/// </example>
public sealed class TwimlWriter
{
    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false) };

    private readonly List<Action<XmlWriter>> verbs = [];

    public TwimlWriter Say(string text, string? language = null, string? voice = null) => Add(TwimlVerbs.Say(text, language, voice));

    public TwimlWriter Pause(int seconds) => Add(TwimlVerbs.Pause(seconds));

    /// <summary>Listens for speech or digits while <paramref name="prompt"/> plays.</summary>
    public TwimlWriter Gather(GatherOptions options, Action<GatherPrompt>? prompt = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.SpeechTimeout == "auto" && options.SpeechModel == "default")
        {
            // Twilio ignores the pair with warning 13335; failing here points at the offending call.
            throw new ArgumentException("Twilio does not allow speechTimeout=\"auto\" with speechModel=\"default\".", nameof(options));
        }

        var children = new GatherPrompt();
        prompt?.Invoke(children);
        return Add(xml =>
        {
            xml.WriteStartElement("Gather");
            xml.WriteOptional("input", options.Input);
            xml.WriteOptional("action", options.Action);
            xml.WriteOptional("method", options.Method);
            xml.WriteOptional("timeout", options.Timeout);
            xml.WriteOptional("speechTimeout", options.SpeechTimeout);
            xml.WriteOptional("language", options.Language);
            xml.WriteOptional("hints", options.Hints);
            xml.WriteOptional("speechModel", options.SpeechModel);
            xml.WriteOptional("actionOnEmptyResult", options.ActionOnEmptyResult);
            xml.WriteOptional("numDigits", options.NumDigits);
            xml.WriteOptional("profanityFilter", options.ProfanityFilter);
            children.WriteTo(xml);
            xml.WriteEndElement();
        });
    }

    /// <summary>Connects the caller to the first of <paramref name="numbers"/> to answer.</summary>
    public TwimlWriter Dial(DialOptions options, Action<DialNumbers> numbers)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(numbers);
        var targets = new DialNumbers();
        numbers(targets);
        if (targets.Count == 0)
        {
            throw new ArgumentException("A <Dial> needs at least one <Number>.", nameof(numbers));
        }

        return Add(xml =>
        {
            xml.WriteStartElement("Dial");
            xml.WriteOptional("action", options.Action);
            xml.WriteOptional("method", options.Method);
            xml.WriteOptional("timeout", options.Timeout);
            xml.WriteOptional("callerId", options.CallerId);
            xml.WriteOptional("answerOnBridge", options.AnswerOnBridge);
            xml.WriteOptional("timeLimit", options.TimeLimit);
            xml.WriteOptional("record", options.Record);
            targets.WriteTo(xml);
            xml.WriteEndElement();
        });
    }

    /// <summary>Continues the call with the TwiML at <paramref name="url"/>.</summary>
    public TwimlWriter Redirect(string url, string? method = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(url);
        return Add(xml =>
        {
            xml.WriteStartElement("Redirect");
            xml.WriteOptional("method", method);
            xml.WriteString(url);
            xml.WriteEndElement();
        });
    }

    public TwimlWriter Hangup() => Add(xml => xml.WriteElementString("Hangup", null));

    /// <summary>Refuses the call without answering it (the caller is not billed).</summary>
    public TwimlWriter Reject(RejectReason? reason = null) => Add(xml =>
    {
        xml.WriteStartElement("Reject");
        xml.WriteOptional("reason", reason switch
        {
            RejectReason.Rejected => "rejected",
            RejectReason.Busy => "busy",
            _ => null,
        });
        xml.WriteEndElement();
    });

    /// <summary>Records the caller (a message, for example).</summary>
    public TwimlWriter Record(RecordOptions? options = null) => Add(xml =>
    {
        xml.WriteStartElement("Record");
        xml.WriteOptional("action", options?.Action);
        xml.WriteOptional("method", options?.Method);
        xml.WriteOptional("maxLength", options?.MaxLength);
        xml.WriteOptional("playBeep", options?.PlayBeep);
        xml.WriteOptional("timeout", options?.Timeout);
        xml.WriteOptional("finishOnKey", options?.FinishOnKey);
        xml.WriteOptional("transcribe", options?.Transcribe);
        xml.WriteEndElement();
    });

    /// <summary>
    /// Opens a bidirectional Media Stream to <paramref name="url"/> (<c>&lt;Connect&gt;&lt;Stream&gt;</c>). Twilio does not
    /// allow a query string on the stream URL, so data for the stream goes in <paramref name="parameters"/>; it arrives
    /// in the <c>start</c> message's <c>customParameters</c>.
    /// </summary>
    /// <param name="action">TwiML fetched when the stream ends; without it the call ends with the stream.</param>
    public TwimlWriter ConnectStream(string url, IEnumerable<KeyValuePair<string, string>>? parameters = null, string? action = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(url);
        if (url.Contains('?', StringComparison.Ordinal))
        {
            throw new ArgumentException("A <Stream> URL takes no query string: pass the values as parameters.", nameof(url));
        }

        var streamParameters = parameters?.ToList() ?? [];
        return Add(xml =>
        {
            xml.WriteStartElement("Connect");
            xml.WriteOptional("action", action);
            xml.WriteStartElement("Stream");
            xml.WriteAttributeString("url", url);
            foreach (var (name, value) in streamParameters)
            {
                xml.WriteStartElement("Parameter");
                xml.WriteAttributeString("name", name);
                xml.WriteAttributeString("value", value);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        });
    }

    /// <summary>The document, UTF-8 declared, <c>&lt;Response&gt;</c> root.</summary>
    public override string ToString()
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("Response");
            verbs.ForEach(verb => verb(xml));
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private TwimlWriter Add(Action<XmlWriter> verb)
    {
        verbs.Add(verb);
        return this;
    }
}
