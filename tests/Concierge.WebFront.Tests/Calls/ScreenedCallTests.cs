using System.Net;
using Concierge.Grains.Interfaces.Callers;
using Concierge.Grains.Interfaces.Calls;
using Concierge.Grains.Interfaces.Companies;
using Concierge.Simulator.Calls;
using Orleans;
using Concierge.TestSupport;

namespace Concierge.WebFront.Tests.Calls;

/// <summary>Inbound calls end to end: signed Twilio webhooks in, TwiML out, the call log in between; offline screener.</summary>
public sealed class ScreenedCallTests(ConciergeAppFactory app) : IClassFixture<ConciergeAppFactory>
{
    [Fact]
    public async Task ExceptionCallerIsTransferredWithoutScreening()
    {
        var call = app.NewCall();
        await Company.AddExceptionAsync(new ExceptionDraft(call.From, "Mum", ExceptionCategories.Family, null));

        var twiml = await call.RingAsync();
        await call.DialEndsAsync("completed", bridged: true, duration: 95);

        Assert.Null(twiml.Gather);
        Assert.Equal(ConciergeAppFactory.OwnerPhone, twiml.DialedNumber?.Value);
        Assert.Null(twiml.DialedNumber?.Attribute("url")); // a known contact needs no whisper
        Assert.Equal("true", twiml.Dial?.Attribute("answerOnBridge")?.Value);
        Assert.Equal($"{ConciergeAppFactory.PublicBaseUrl.ToString().TrimEnd('/')}/twilio/dial-result", twiml.Dial?.Attribute("action")?.Value);
        var record = await RecordAsync(call);
        Assert.Equal(CallDecisions.TransferredException, record.FinalDecision);
        Assert.Equal("completed", record.TransferOutcome);
        Assert.DoesNotContain(record.Turns, t => t.Speaker == TurnSpeakers.Caller);
    }

    [Fact]
    public async Task UrgentCallerIsTransferredAfterOneTurnWithAWhisperToTheOwner()
    {
        var call = app.NewCall();
        var greeting = await call.RingAsync();

        var twiml = await call.SayAsync("Hi, this is Sam, Alex's brother. There's been a car accident and I'm at the hospital, it's urgent.");

        Assert.True(greeting.Listens);
        Assert.Equal("auto", greeting.Gather!.Attribute("speechTimeout")?.Value);
        Assert.Equal(ConciergeAppFactory.OwnerPhone, twiml.DialedNumber?.Value);
        var whisperUrl = twiml.DialedNumber!.Attribute("url")!.Value;
        Assert.EndsWith($"/twilio/whisper?call={call.CallSid}", whisperUrl, StringComparison.Ordinal);
        var whisper = await call.OwnerAnswersAsync();
        Assert.Contains("Sam", whisper.Spoken, StringComparison.Ordinal);
        Assert.Contains("Press 1", whisper.Spoken, StringComparison.Ordinal);
        var connect = await call.OwnerPressesAsync("1");
        Assert.Empty(connect.Root.Elements()); // an empty answer bridges the caller
        await call.DialEndsAsync("completed", bridged: true, duration: 240);
        var record = await RecordAsync(call);
        Assert.Equal(CallDecisions.Transferred, record.FinalDecision);
        Assert.Equal("urgent", record.Category);
        Assert.Equal("Sam", record.CallerName);
    }

    [Fact]
    public async Task SalespersonIsEndedPolitelyWithATextSuggested()
    {
        var call = app.NewCall();
        await call.RingAsync();

        var twiml = await call.SayAsync("Hello, I'm calling from Summit Solar about a special offer on solar panels for homeowners in your area.");

        Assert.True(twiml.HangsUp);
        Assert.Contains("text", twiml.Spoken, StringComparison.OrdinalIgnoreCase);
        var record = await RecordAsync(call);
        Assert.Equal(CallDecisions.Completed, record.FinalDecision);
        Assert.Equal("sales", record.Category);
    }

    [Fact]
    public async Task ScamIsBlockedAndTheNumberIsRejectedOnItsNextCall()
    {
        var scam = app.NewCall();
        await scam.RingAsync();

        var twiml = await scam.SayAsync("This is the IRS. There is a warrant for your arrest unless you pay your back taxes today with gift cards.");
        var again = await app.NewCall(scam.From).RingAsync();

        Assert.True(twiml.HangsUp);
        Assert.Equal(CallDecisions.Blocked, (await RecordAsync(scam)).FinalDecision);
        Assert.True(again.Rejects);
        var caller = await app.Grains.GetGrain<ICallerGrain>(CallerKey.For(CompanyIds.Default, scam.From)).GetAsync();
        Assert.True(caller.Blocked);
        Assert.Equal(2, caller.CallCount);
    }

    [Fact]
    public async Task UnclearCallerIsAskedOneFollowUpQuestion()
    {
        var call = app.NewCall();
        await call.RingAsync();

        var twiml = await call.SayAsync("Hello? Is Alex there?");

        Assert.True(twiml.Listens);
        Assert.Contains("?", twiml.Gather!.Element("Say")!.Value, StringComparison.Ordinal);
        Assert.Null((await RecordAsync(call)).FinalDecision);
    }

    [Fact]
    public async Task SilenceIsPromptedOnceThenTheCallEnds()
    {
        var call = app.NewCall();
        await call.RingAsync();

        var first = await call.StaySilentAsync();
        var second = await call.StaySilentAsync();

        Assert.True(first.Listens);
        Assert.True(second.HangsUp);
        Assert.Equal(CallDecisions.EndedNoSpeech, (await RecordAsync(call)).FinalDecision);
    }

    [Fact]
    public async Task BusyOwnerMeansTheCallerLeavesAMessage()
    {
        var call = app.NewCall();
        await call.RingAsync();
        await call.SayAsync("It's Jordan from Alex's office, the server is down and we need Alex urgently.");

        var offer = await call.DialEndsAsync("busy", bridged: false);
        var thanks = await call.SayAsync("Please call Jordan back about the outage as soon as you can.");

        Assert.True(offer.Listens);
        Assert.Contains("message", offer.Spoken, StringComparison.OrdinalIgnoreCase);
        Assert.True(thanks.HangsUp);
        var record = await RecordAsync(call);
        Assert.Equal(CallDecisions.MessageTaken, record.FinalDecision);
        Assert.Equal("busy", record.TransferOutcome);
        Assert.Equal("Please call Jordan back about the outage as soon as you can.", record.Message);
    }

    [Fact]
    public async Task RepeatCallerIsRecognisedByTheNameTheyGaveBefore()
    {
        var first = app.NewCall();
        await first.RingAsync();
        await first.SayAsync("Hi, it's Priya, I'm calling about dinner on Saturday.");
        await first.DialEndsAsync("completed", bridged: true, duration: 60);

        var second = app.NewCall(first.From);
        await second.RingAsync();
        var twiml = await second.SayAsync("Hi, it's me again.");

        var record = await RecordAsync(second);
        Assert.Equal("Priya", record.CallerName);
        Assert.Contains("Priya", twiml.Spoken, StringComparison.Ordinal);
        var caller = await app.Grains.GetGrain<ICallerGrain>(CallerKey.For(CompanyIds.Default, first.From)).GetAsync();
        Assert.Equal(2, caller.CallCount);
    }

    [Fact]
    public async Task FrenchCallerIsAnsweredInFrench()
    {
        var call = app.NewCall();
        await call.RingAsync();

        var twiml = await call.SayAsync("Bonjour, c'est Julie, la voisine d'Alex. Il y a une fuite d'eau chez lui, c'est urgent.");

        Assert.Equal("fr-FR", twiml.Root.Element("Say")?.Attribute("language")?.Value);
        Assert.NotNull(twiml.Dial);
    }

    [Fact]
    public async Task TamperedSignatureIsRefusedAndNothingIsRecorded()
    {
        var call = app.NewCall();

        using var forged = await call.PostAsync("/twilio/voice", [("To", ConciergeAppFactory.TwilioNumber)], signature: "bm90IGEgc2lnbmF0dXJl");
        using var altered = await call.PostAsync("/twilio/voice", [("To", ConciergeAppFactory.TwilioNumber)], signature: Signature(call, ("To", "+18005559999")));

        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, altered.StatusCode);
        Assert.Null(await app.Grains.GetGrain<ICallGrain>(call.CallSid).GetAsync());
    }

    [Fact]
    public async Task MissingRequiredFieldsAreABadRequestNamingThem()
    {
        var call = app.NewCall();

        using var response = await call.PostAsync("/twilio/dial-result", []);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("DialCallStatus", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/twilio/whisper")]
    [InlineData("/twilio/whisper?call=%09%0D%0A")]
    [InlineData("/twilio/whisper?call=CA%2F..%2Fcompany")]
    public async Task WhisperWithoutAWellFormedScreenedCallSidIsABadRequestNamingIt(string pathAndQuery)
    {
        var call = app.NewCall();

        using var response = await call.PostAsync(pathAndQuery, []);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"call\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WebhooksForAnUnknownCallGetSafeTwimlAndCreateNoCall()
    {
        var stranger = app.NewCall();

        var gather = await stranger.SayAsync("hello?");
        var dial = await stranger.DialEndsAsync("busy", bridged: false);
        using var status = await stranger.HangUpAsync(12);

        Assert.True(gather.HangsUp);
        Assert.NotEmpty(gather.Spoken);
        Assert.True(dial.HangsUp);
        Assert.Equal(HttpStatusCode.NoContent, status.StatusCode);
        Assert.Null(await app.Grains.GetGrain<ICallGrain>(stranger.CallSid).GetAsync());
    }

    [Fact]
    public async Task StatusCallbackRecordsTheEndAndMarksAnUndecidedCallAbandoned()
    {
        var call = app.NewCall();
        await call.RingAsync();

        using var status = await call.HangUpAsync(17);

        Assert.Equal(HttpStatusCode.NoContent, status.StatusCode);
        var record = await RecordAsync(call);
        Assert.Equal(CallDecisions.Abandoned, record.FinalDecision);
        Assert.Equal(17, record.DurationSeconds);
    }

    private ICompanyGrain Company => app.Grains.GetGrain<ICompanyGrain>(CompanyIds.Default);

    private async Task<CallRecord> RecordAsync(SimulatedCall call) =>
        await app.Grains.GetGrain<ICallGrain>(call.CallSid).GetAsync() ?? throw new InvalidOperationException($"No call {call.CallSid}");

    /// <summary>A genuine signature, but over the call's form with <paramref name="fields"/> instead of what is posted.</summary>
    private static string Signature(SimulatedCall call, params (string Key, string Value)[] fields) =>
        call.Account.Sign("/twilio/voice", call.FormFor(fields));
}
