using System.Xml.Linq;
using Concierge.Silo.Twilio;

namespace Concierge.Silo.Tests.Twilio;

public sealed class TwimlWriterTests
{
    [Fact]
    public void EmptyDocumentIsAUtf8DeclaredResponse()
    {
        var xml = new TwimlWriter().ToString();

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", xml, StringComparison.Ordinal);
        var document = XDocument.Parse(xml);
        Assert.Equal("Response", document.Root!.Name.LocalName);
        Assert.Empty(document.Root.Elements());
    }

    [Fact]
    public void VerbsAppearInTheOrderTheyWereAdded()
    {
        var root = Parse(new TwimlWriter().Say("Hello").Pause(2).Redirect("/twilio/voice").Hangup());

        Assert.Equal(["Say", "Pause", "Redirect", "Hangup"], root.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("2", root.Element("Pause")!.Attribute("length")!.Value);
    }

    [Fact]
    public void SayTextIsEscapedAndReadsBackUnchanged()
    {
        const string text = "Tom & Jerry <sales> said \"hi\" and 'bye'";

        var xml = new TwimlWriter().Say(text).ToString();

        Assert.Contains("Tom &amp; Jerry &lt;sales&gt;", xml, StringComparison.Ordinal);
        Assert.Equal(text, XDocument.Parse(xml).Root!.Element("Say")!.Value);
    }

    [Fact]
    public void SayWritesLanguageAndVoiceOnlyWhenSet()
    {
        var root = Parse(new TwimlWriter().Say("Bonjour", language: "fr-FR", voice: "Polly.Lea").Say("Hi"));
        var says = root.Elements("Say").ToList();

        Assert.Equal("fr-FR", says[0].Attribute("language")!.Value);
        Assert.Equal("Polly.Lea", says[0].Attribute("voice")!.Value);
        Assert.Empty(says[1].Attributes());
    }

    [Fact]
    public void UrlsWithQueryStringsAreEscapedInTextAndAttributes()
    {
        const string url = "/twilio/gather?a=1&b=2";

        var xml = new TwimlWriter()
            .Gather(new GatherOptions { Action = url })
            .Redirect(url, "POST")
            .ToString();

        Assert.Contains("a=1&amp;b=2\"", xml, StringComparison.Ordinal);
        Assert.Contains(">/twilio/gather?a=1&amp;b=2</Redirect>", xml, StringComparison.Ordinal);
        var root = XDocument.Parse(xml).Root!;
        Assert.Equal(url, root.Element("Gather")!.Attribute("action")!.Value);
        Assert.Equal(url, root.Element("Redirect")!.Value);
        Assert.Equal("POST", root.Element("Redirect")!.Attribute("method")!.Value);
    }

    [Fact]
    public void QuotesInAttributesAreEscaped()
    {
        var xml = new TwimlWriter().Gather(new GatherOptions { Hints = "\"Acme\" & 'Co'" }).ToString();

        Assert.Equal("\"Acme\" & 'Co'", XDocument.Parse(xml).Root!.Element("Gather")!.Attribute("hints")!.Value);
    }

    [Fact]
    public void GatherWritesEverySetAttributeWithTwilioSpelling()
    {
        var gather = Parse(new TwimlWriter().Gather(new GatherOptions
        {
            Input = "speech",
            Action = "/twilio/gather",
            Method = "POST",
            Timeout = 4,
            SpeechTimeout = "auto",
            Language = "en-GB",
            Hints = "urgent, doctor",
            SpeechModel = "phone_call",
            ActionOnEmptyResult = true,
            NumDigits = 1,
            ProfanityFilter = false,
        })).Element("Gather")!;

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["input"] = "speech",
                ["action"] = "/twilio/gather",
                ["method"] = "POST",
                ["timeout"] = "4",
                ["speechTimeout"] = "auto",
                ["language"] = "en-GB",
                ["hints"] = "urgent, doctor",
                ["speechModel"] = "phone_call",
                ["actionOnEmptyResult"] = "true",
                ["numDigits"] = "1",
                ["profanityFilter"] = "false",
            },
            gather.Attributes().ToDictionary(a => a.Name.LocalName, a => a.Value));
    }

    [Fact]
    public void GatherWithoutOptionsWritesNoAttributes()
        => Assert.Empty(Parse(new TwimlWriter().Gather(new GatherOptions())).Element("Gather")!.Attributes());

    [Fact]
    public void GatherNestsItsPromptAndTheDocumentContinuesAfterIt()
    {
        var root = Parse(new TwimlWriter()
            .Gather(new GatherOptions { Input = "speech" }, prompt => prompt.Say("Who is calling?").Pause(1))
            .Redirect("/twilio/voice"));

        Assert.Equal(["Say", "Pause"], root.Element("Gather")!.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("Who is calling?", root.Element("Gather")!.Element("Say")!.Value);
        Assert.Equal(["Gather", "Redirect"], root.Elements().Select(e => e.Name.LocalName));
    }

    [Fact]
    public void GatherRefusesAutoSpeechTimeoutWithTheDefaultSpeechModel()
        => Assert.Throws<ArgumentException>(() =>
            new TwimlWriter().Gather(new GatherOptions { SpeechTimeout = "auto", SpeechModel = "default" }));

    [Fact]
    public void DialWritesItsAttributesAndNumbers()
    {
        var dial = Parse(new TwimlWriter().Dial(
            new DialOptions
            {
                Action = "/twilio/dial-result?call=CA1&turn=3",
                Method = "POST",
                Timeout = 20,
                CallerId = "+15550001111",
                AnswerOnBridge = true,
                TimeLimit = 3600,
                Record = "record-from-answer",
            },
            numbers => numbers
                .Number("+15552223333", whisperUrl: "/twilio/whisper?call=CA1&x=1", method: "GET", sendDigits: "ww123")
                .Number("+15554445555"))).Element("Dial")!;

        Assert.Equal("/twilio/dial-result?call=CA1&turn=3", dial.Attribute("action")!.Value);
        Assert.Equal("POST", dial.Attribute("method")!.Value);
        Assert.Equal("20", dial.Attribute("timeout")!.Value);
        Assert.Equal("+15550001111", dial.Attribute("callerId")!.Value);
        Assert.Equal("true", dial.Attribute("answerOnBridge")!.Value);
        Assert.Equal("3600", dial.Attribute("timeLimit")!.Value);
        Assert.Equal("record-from-answer", dial.Attribute("record")!.Value);
        var numbers = dial.Elements("Number").ToList();
        Assert.Equal(["+15552223333", "+15554445555"], numbers.Select(n => n.Value));
        Assert.Equal("/twilio/whisper?call=CA1&x=1", numbers[0].Attribute("url")!.Value);
        Assert.Equal("GET", numbers[0].Attribute("method")!.Value);
        Assert.Equal("ww123", numbers[0].Attribute("sendDigits")!.Value);
        Assert.Empty(numbers[1].Attributes());
    }

    [Fact]
    public void DialWithoutOptionsWritesNoAttributes()
        => Assert.Empty(Parse(new TwimlWriter().Dial(new DialOptions(), n => n.Number("+15552223333"))).Element("Dial")!.Attributes());

    [Fact]
    public void DialWithoutANumberIsRefused()
        => Assert.Throws<ArgumentException>(() => new TwimlWriter().Dial(new DialOptions(), _ => { }));

    [Theory]
    [InlineData(RejectReason.Rejected, "rejected")]
    [InlineData(RejectReason.Busy, "busy")]
    public void RejectWritesItsReasonInLowercase(RejectReason reason, string expected)
        => Assert.Equal(expected, Parse(new TwimlWriter().Reject(reason)).Element("Reject")!.Attribute("reason")!.Value);

    [Fact]
    public void RejectWithoutReasonLeavesTwiliosDefault()
        => Assert.Empty(Parse(new TwimlWriter().Reject()).Element("Reject")!.Attributes());

    [Fact]
    public void HangupIsAnEmptyElement()
    {
        var hangup = Parse(new TwimlWriter().Hangup()).Element("Hangup")!;

        Assert.True(hangup.IsEmpty);
        Assert.Empty(hangup.Attributes());
    }

    [Fact]
    public void RedirectWithoutMethodWritesNoAttribute()
        => Assert.Empty(Parse(new TwimlWriter().Redirect("/twilio/voice")).Element("Redirect")!.Attributes());

    [Fact]
    public void RecordWritesEverySetAttribute()
    {
        var record = Parse(new TwimlWriter().Record(new RecordOptions
        {
            Action = "/twilio/recording",
            Method = "POST",
            MaxLength = 120,
            PlayBeep = false,
            Timeout = 5,
            FinishOnKey = "#",
            Transcribe = true,
        })).Element("Record")!;

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["action"] = "/twilio/recording",
                ["method"] = "POST",
                ["maxLength"] = "120",
                ["playBeep"] = "false",
                ["timeout"] = "5",
                ["finishOnKey"] = "#",
                ["transcribe"] = "true",
            },
            record.Attributes().ToDictionary(a => a.Name.LocalName, a => a.Value));
    }

    [Fact]
    public void RecordWithoutOptionsWritesNoAttributes()
        => Assert.Empty(Parse(new TwimlWriter().Record()).Element("Record")!.Attributes());

    [Fact]
    public void ConnectStreamPassesDataAsParameters()
    {
        var connect = Parse(new TwimlWriter().ConnectStream(
            "wss://concierge.example.com/twilio/stream",
            [new("callSid", "CA123"), new("greeting", "Hi & <welcome>")],
            action: "/twilio/stream-ended")).Element("Connect")!;

        Assert.Equal("/twilio/stream-ended", connect.Attribute("action")!.Value);
        var stream = connect.Element("Stream")!;
        Assert.Equal("wss://concierge.example.com/twilio/stream", stream.Attribute("url")!.Value);
        Assert.Equal(
            [("callSid", "CA123"), ("greeting", "Hi & <welcome>")],
            stream.Elements("Parameter").Select(p => (p.Attribute("name")!.Value, p.Attribute("value")!.Value)));
    }

    [Fact]
    public void ConnectStreamWithoutActionOrParametersWritesOnlyTheUrl()
    {
        var connect = Parse(new TwimlWriter().ConnectStream("wss://concierge.example.com/twilio/stream")).Element("Connect")!;

        Assert.Empty(connect.Attributes());
        Assert.Empty(connect.Element("Stream")!.Elements());
    }

    [Fact]
    public void ConnectStreamRefusesAQueryString()
        => Assert.Throws<ArgumentException>(() => new TwimlWriter().ConnectStream("wss://concierge.example.com/twilio/stream?call=CA1"));

    [Fact]
    public void ToStringCanBeCalledRepeatedly()
    {
        var twiml = new TwimlWriter().Say("Hello");

        Assert.Equal(twiml.ToString(), twiml.ToString());
    }

    private static XElement Parse(TwimlWriter twiml) => XDocument.Parse(twiml.ToString()).Root!;
}
