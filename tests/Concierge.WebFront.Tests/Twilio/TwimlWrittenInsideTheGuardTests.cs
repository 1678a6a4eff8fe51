using Concierge.Grains.Interfaces.Calls;
using Concierge.WebFront.Twilio;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Twilio.TwiML;

namespace Concierge.WebFront.Tests.Twilio;

/// <summary>A webhook's TwiML is written while its fallback can still be answered: a document that cannot be written gets the caller the fallback, not a 500.</summary>
public sealed class TwimlWrittenInsideTheGuardTests
{
    [Fact]
    public async Task ADocumentThatCannotBeWrittenGetsTheCallerTheFallback()
    {
        var context = new DefaultHttpContext { Response = { Body = new MemoryStream() } };

        var result = await TwilioWebhook.AnswerAsync(
            context.Request,
            () => Task.FromResult(new VoiceResponse().Say("XML 1.0 cannot hold \u0001")), // the SDK builds it; serialising it throws
            CallStepTwiml.ServiceTrouble,
            NullLogger.Instance,
            "gather",
            "CA1");
        await result.ExecuteAsync(context);

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        context.Response.Body.Position = 0;
        Assert.Contains(ServiceTrouble.Announcement, await new StreamReader(context.Response.Body).ReadToEndAsync(), StringComparison.Ordinal);
    }
}
