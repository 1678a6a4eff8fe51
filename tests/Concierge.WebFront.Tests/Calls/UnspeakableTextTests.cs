using Concierge.Grains.Interfaces.Callers;
using Concierge.Grains.Interfaces.Calls;
using Concierge.Grains.Interfaces.Companies;
using Orleans;
using Concierge.TestSupport;

namespace Concierge.WebFront.Tests.Calls;

/// <summary>
/// Text no voice can say and XML 1.0 cannot hold (control characters) reaching a call from Twilio, or from what was
/// stored before the API refused it: the caller and the owner hear the normal answer without it, never an error.
/// </summary>
public sealed class UnspeakableTextTests(ConciergeAppFactory app) : IClassFixture<ConciergeAppFactory>
{
    [Fact]
    public async Task SpeechWithAControlCharacterGetsTheNormalReplyAndIsLoggedWithoutIt()
    {
        var call = app.NewCall();
        await call.RingAsync();

        var twiml = await call.SayAsync("Hi, this is Sam\u0001son.");

        Assert.False(twiml.IsServiceTrouble);
        Assert.True(twiml.Listens); // a name but no reason: the screener asks why
        var record = (await app.Grains.GetGrain<ICallGrain>(call.CallSid).GetAsync())!;
        Assert.Equal("Hi, this is Samson.", record.Turns.First(t => t.Speaker == TurnSpeakers.Caller).Text);
        Assert.Equal("Samson", record.CallerName);
    }

    [Fact]
    public async Task ACallerWhoseEarlierCallStoredANameWithAControlCharacterIsStillPutThrough()
    {
        var call = app.NewCall();
        var caller = app.Grains.GetGrain<ICallerGrain>(CallerKey.For(CompanyIds.Default, call.From));
        var earlier = $"CA{Guid.NewGuid():N}";
        await caller.CallStartedAsync(new CallerCallStart(earlier, DateTimeOffset.UtcNow.AddDays(-1), null, null));
        await caller.CallUpdatedAsync(new CallerCallUpdate(earlier, CallDecisions.Transferred, "personal", "Sam\u0001son"));
        await call.RingAsync();

        var twiml = await call.SayAsync("Hi, it's me again, about dinner tonight.");
        var whisper = await call.OwnerAnswersAsync();

        Assert.False(twiml.IsServiceTrouble);
        Assert.NotNull(twiml.Dial); // put through on their last call: put through again
        Assert.Contains("Sam", whisper.Spoken, StringComparison.Ordinal);
        Assert.True(whisper.AwaitsKey);
    }

    [Fact]
    public async Task ACallerIdNameWithAControlCharacterDoesNotBreakTheOwnersWhisper()
    {
        var call = app.NewCall();
        await call.PostTwimlAsync("/twilio/voice", [("CallStatus", "ringing"), ("CallerName", "SAM\u0001SON J")]);
        var transfer = await call.SayAsync("There's been a car accident and I'm at the hospital, it's urgent.");

        var whisper = await call.OwnerAnswersAsync();

        Assert.NotNull(transfer.Dial);
        Assert.Contains("SAMSON J", whisper.Spoken, StringComparison.Ordinal);
        Assert.True(whisper.AwaitsKey);
    }

    [Fact]
    public async Task AnExceptionNameStoredWithAVerticalTabIsSaidWithASpaceInstead()
    {
        var call = app.NewCall();
        await app.Grains.GetGrain<ICompanyGrain>(CompanyIds.Default).AddExceptionAsync(new ExceptionDraft(call.From, "Mum\vHome", ExceptionCategories.Family, null));

        var twiml = await call.RingAsync();

        Assert.NotNull(twiml.Dial);
        Assert.Contains("Mum Home", twiml.Spoken, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGreetingStoredWithAVerticalTabIsSaidWithASpaceInstead()
    {
        var number = TestPhones.Next();
        var id = $"vt-{Guid.NewGuid():N}"[..16];
        await app.Grains.GetGrain<ICompanyGrain>(id).CreateAsync(
            new CompanySettings("Acme", "Acme", ConciergeAppFactory.OwnerPhone, [number], "Welcome\vto Acme. Who is calling?", ["en-US"], ""));

        var twiml = await app.NewCall(to: number).RingAsync();

        Assert.True(twiml.Listens);
        Assert.Equal("Welcome to Acme. Who is calling?", twiml.Spoken);
    }
}
