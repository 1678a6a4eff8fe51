using Concierge.Grains.Calls;
using Concierge.Grains.Interfaces.Calls;
using Concierge.Silo.Twilio;
using Concierge.WebFront.Twilio;
using Microsoft.Extensions.Options;
using Twilio.TwiML;

namespace Concierge.WebFront.Tests.Twilio;

/// <summary>
/// The exact TwiML of every step a call can take, as the Twilio SDK writes it: unindented, no XML declaration, empty
/// verbs as start and end tags, attributes in the SDK's order.
/// </summary>
public sealed class CallStepTwimlTests
{
    private const string Base = "https://concierge.example.com";

    public static TheoryData<CallStep, string> Steps => new()
    {
        {
            new ListenStep("Who is calling?", "en-GB", 2),
            $"""<Response><Gather input="speech" action="{Base}/twilio/gather?turn=2" method="POST" speechTimeout="auto" language="en-GB"><Say language="en-GB">Who is calling?</Say></Gather><Redirect method="POST">{Base}/twilio/gather?turn=2</Redirect></Response>"""
        },
        {
            new ListenStep("Hello", "en-US", 0),
            $"""<Response><Gather input="speech" action="{Base}/twilio/gather" method="POST" speechTimeout="auto" language="en-US"><Say language="en-US">Hello</Say></Gather><Redirect method="POST">{Base}/twilio/gather</Redirect></Response>"""
        },
        {
            new TransferStep("Putting you through.", "+15552223333", 20, Whisper: true, "en-US"),
            $"""<Response><Say language="en-US">Putting you through.</Say><Dial action="{Base}/twilio/dial-result" method="POST" timeout="20" answerOnBridge="true"><Number url="{Base}/twilio/whisper?call=CA123">+15552223333</Number></Dial></Response>"""
        },
        {
            new TransferStep("One moment.", "+15552223333", 15, Whisper: false, "fr-FR"),
            $"""<Response><Say language="fr-FR">One moment.</Say><Dial action="{Base}/twilio/dial-result" method="POST" timeout="15" answerOnBridge="true"><Number>+15552223333</Number></Dial></Response>"""
        },
        { new HangUpStep("Goodbye & thanks", "en-US"), """<Response><Say language="en-US">Goodbye &amp; thanks</Say><Hangup></Hangup></Response>""" },
        { new HangUpStep("", "en-US"), "<Response><Hangup></Hangup></Response>" },
        { new RejectStep(), """<Response><Reject reason="rejected"></Reject></Response>""" },
    };

    public static TheoryData<WhisperStep, string> Whispers => new()
    {
        { new WhisperStep("Ann is calling. Press 1.", "en-US", AwaitKey: true, Connect: false), $"""<Response><Gather input="dtmf" action="{Base}/twilio/whisper?call=CA123" method="POST" timeout="8" numDigits="1"><Say language="en-US">Ann is calling. Press 1.</Say></Gather><Hangup></Hangup></Response>""" },
        { new WhisperStep("Never mind.", "en-US", AwaitKey: false, Connect: false), """<Response><Say language="en-US">Never mind.</Say><Hangup></Hangup></Response>""" },
        { new WhisperStep("", "en-US", AwaitKey: false, Connect: false), "<Response><Hangup></Hangup></Response>" },
        { new WhisperStep("", "en-US", AwaitKey: false, Connect: true), "<Response></Response>" },
    };

    [Theory]
    [MemberData(nameof(Steps))]
    public void EachCallStepIsTheSdksTwiml(CallStep step, string expected)
        => Assert.Equal(expected, TwimlResult.Render(Renderer(new Uri(Base)).Render(step, "CA123")));

    [Theory]
    [MemberData(nameof(Whispers))]
    public void EachWhisperStepIsTheSdksTwiml(WhisperStep step, string expected)
        => Assert.Equal(expected, TwimlResult.Render(Renderer(new Uri(Base)).Render(step, "CA123")));

    [Fact]
    public void WithoutAPublicBaseUrlActionUrlsAreRelative()
        => Assert.Equal(
            """<Response><Gather input="speech" action="/twilio/gather?turn=3" method="POST" speechTimeout="auto" language="en-US"><Say language="en-US">Hi</Say></Gather><Redirect method="POST">/twilio/gather?turn=3</Redirect></Response>""",
            TwimlResult.Render(Renderer(null).Render(new ListenStep("Hi", "en-US", 3), "CA123")));

    [Fact]
    public void ServiceTroubleSaysSoAndHangsUp()
        => Assert.Equal(
            $"""<Response><Say language="en-US">{ServiceTrouble.Announcement}</Say><Hangup></Hangup></Response>""",
            TwimlResult.Render(CallStepTwiml.ServiceTrouble()));

    [Fact]
    public void ControlCharactersStoredBeforeTheyWereRefusedAreNotSaid()
        => Assert.Equal(
            """<Response><Say language="en-US">Bye Ann</Say><Hangup></Hangup></Response>""",
            TwimlResult.Render(Renderer(null).Render(new HangUpStep("Bye\u0001 Ann\u001b\uFFFE", "en-US"), "CA123")));

    /// <summary>
    /// The serialiser's own check, behind the cleaning above: a control character fails the document (inside the webhook's
    /// guard, which then answers the fallback). A lone surrogate or a noncharacter passes it; only the cleaning removes those.
    /// </summary>
    [Fact]
    public void AControlCharacterFailsToRenderRatherThanSendingABrokenDocument()
        => Assert.ThrowsAny<ArgumentException>(() => TwimlResult.Render(new VoiceResponse().Say("a\u0001b")));

    [Fact]
    public void ADocumentCanBeRenderedRepeatedly()
    {
        var twiml = new VoiceResponse().Say("Hello");

        Assert.Equal(TwimlResult.Render(twiml), TwimlResult.Render(twiml));
    }

    private static CallStepTwiml Renderer(Uri? publicBaseUrl) => new(new FixedOptions(new TwilioOptions { PublicBaseUrl = publicBaseUrl }));

    private sealed class FixedOptions(TwilioOptions value) : IOptionsMonitor<TwilioOptions>
    {
        public TwilioOptions CurrentValue => value;

        public TwilioOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<TwilioOptions, string?> listener) => null;
    }
}
