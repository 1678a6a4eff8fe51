using System.Xml.Linq;
using Concierge.WebFront.Twilio;
using Twilio.TwiML;
using Twilio.TwiML.Voice;

namespace Concierge.WebFront.Tests.Twilio;

public sealed class TwimlTextTests
{
    [Fact]
    public void EveryDocumentIsWrittenAsXmlWritesItAloneEvenAfterADocumentThatCouldNotBeWritten()
    {
        var documents = new[]
        {
            new VoiceResponse().Say("Hello & welcome <friend>, \"Alex\" isn't here.\r\nLine two\ttab", language: Say.LanguageEnum.EnUs).Hangup(),
            new VoiceResponse().Append(new Gather(input: [Gather.InputEnum.Speech], action: new Uri("https://example.com/twilio/gather?turn=2&x=\"y\"")).Say("Who is calling?")),
            new VoiceResponse().Say("Bye\u0001"),
            new VoiceResponse().Dial("+14155550100").Redirect(new Uri("https://example.com/a b")),
            new VoiceResponse(),
        };

        foreach (var document in documents.Concat(documents))
        {
            var root = document.ToXDocument().Root!;
            string expected;
            try
            {
                expected = root.ToString(SaveOptions.DisableFormatting);
            }
            catch (ArgumentException)
            {
                Assert.ThrowsAny<ArgumentException>(() => TwimlText.Of(root));
                continue;
            }

            Assert.Equal(expected, TwimlText.Of(root));
        }
    }
}
