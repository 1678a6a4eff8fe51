using Concierge.Grains.Interfaces.Telephony;
using Concierge.Silo.Telephony;
using Concierge.Silo.Twilio;
using Concierge.TestSupport;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Concierge.WebFront.Tests.Leads;

/// <summary>
/// Two lives of one app on one store: the first stops between deciding a lead's call and writing its CallSid, the second
/// carries on. Whether the call reached Twilio or not, the lead is called exactly once.
/// </summary>
public sealed class LeadCrashTests
{
    [Fact]
    public async Task ANodeStoppedAfterTheCallWasPlacedButBeforeItsCallSidWasWrittenAdoptsThatCall()
    {
        var (calls, lead) = await TwoLivesAsync(placeBeforeStalling: true);

        var call = Assert.Single(calls);
        Assert.Equal("calling", lead.GetProperty("status").GetString());
        Assert.Equal(call, lead.GetProperty("attempts")[0].GetProperty("callSid").GetString());
        Assert.Single(lead.GetProperty("attempts").EnumerateArray());
    }

    [Fact]
    public async Task ANodeStoppedAfterDecidingButBeforeCallingPlacesTheCallOnceAfterTheRestart()
    {
        var (calls, lead) = await TwoLivesAsync(placeBeforeStalling: false);

        var call = Assert.Single(calls);
        Assert.Equal(call, lead.GetProperty("attempts")[0].GetProperty("callSid").GetString());
        Assert.Single(lead.GetProperty("attempts").EnumerateArray());
    }

    /// <summary>The CallSids Twilio created for the lead, and the lead as the second life leaves it once it has a CallSid.</summary>
    private static async Task<(List<string> Calls, System.Text.Json.JsonElement Lead)> TwoLivesAsync(bool placeBeforeStalling)
    {
        await using var app = new LeadsApp();
        await ((IAsyncLifetime)app).InitializeAsync();
        var phone = TestPhones.Next();
        StalledTelephony? stalled = null;
        LeadCompany company;
        string id;
        await using (var first = app.WithWebHostBuilder(web => web.ConfigureTestServices(services => services.AddSingleton<ITelephony>(sp => stalled = new StalledTelephony(
            new TwilioTelephony(sp.GetRequiredService<IHttpClientFactory>(), sp.GetRequiredService<IOptionsMonitor<TwilioOptions>>()),
            placeBeforeStalling, sp.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping)))))
        {
            company = await LeadsApp.CallingCompanyAsync(first);
            id = await LeadsApp.NewLeadAsync(company, phone);
            await stalled!.Reached.WaitAsync(TimeSpan.FromSeconds(20)); // the attempt is written down; the call is (or is not) placed, its CallSid never written
        }

        var placedInTheFirstLife = app.Twilio.CallsPlaced.Count(c => c.Value("To") == phone);
        Assert.Equal(placeBeforeStalling ? 1 : 0, placedInTheFirstLife);
        await using var second = app.WithWebHostBuilder(_ => { });
        using var api = second.CreateClient();
        api.DefaultRequestHeaders.Add("X-Api-Key", company.Api.DefaultRequestHeaders.GetValues("X-Api-Key").Single());
        var lead = await LeadsApp.LeadWhenAsync(company with { Api = api }, id, l =>
            l.GetProperty("attempts").GetArrayLength() > 0 && l.GetProperty("attempts")[0].GetProperty("callSid").ValueKind == System.Text.Json.JsonValueKind.String);
        await Task.Delay(1500); // sweeps that would place a second call, if anything did
        Assert.Equal(app.Twilio.CallsPlaced.Count(c => c.Value("To") == phone), app.Twilio.CallSidsTo(phone).Count);
        return ([.. app.Twilio.CallSidsTo(phone)], lead);
    }

    /// <summary>Telephony that, on the first call placed, stops (before or after placing it) until the app stops: the node dies mid-attempt.</summary>
    private sealed class StalledTelephony(ITelephony inner, bool placeFirst, CancellationToken stopping) : ITelephony
    {
        private readonly TaskCompletionSource reached = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Reached => reached.Task;

        public async Task<string> PlaceCallAsync(OutboundCall outbound, CancellationToken cancellationToken = default)
        {
            if (placeFirst)
            {
                await inner.PlaceCallAsync(outbound, cancellationToken);
            }

            reached.TrySetResult();
            await Task.Delay(Timeout.Infinite, stopping);
            throw new InvalidOperationException("unreachable");
        }

        public Task UpdateCallAsync(string callSid, string twiml, CancellationToken cancellationToken = default) => inner.UpdateCallAsync(callSid, twiml, cancellationToken);

        public Task RedirectCallAsync(string callSid, Uri url, CancellationToken cancellationToken = default) => inner.RedirectCallAsync(callSid, url, cancellationToken);

        public Task HangUpAsync(string callSid, CancellationToken cancellationToken = default) => inner.HangUpAsync(callSid, cancellationToken);

        public Task<string> GetCallStatusAsync(string callSid, CancellationToken cancellationToken = default) => inner.GetCallStatusAsync(callSid, cancellationToken);

        public Task<IReadOnlyList<PlacedCall>> FindCallsAsync(string caller, string callee, DateTimeOffset createdSince, CancellationToken cancellationToken = default) =>
            inner.FindCallsAsync(caller, callee, createdSince, cancellationToken);

        public Task<string> SendMessageAsync(OutboundMessage message, CancellationToken cancellationToken = default) => inner.SendMessageAsync(message, cancellationToken);
    }
}
