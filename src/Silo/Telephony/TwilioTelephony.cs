using Concierge.Grains.Interfaces.Telephony;
using Concierge.Silo.Twilio;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Twilio.Clients;
using Twilio.Exceptions;
using Twilio.Http;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace Concierge.Silo.Telephony;

/// <summary>
/// <see cref="ITelephony"/> through Twilio's REST API, with the SDK's <see cref="TwilioRestClient"/> on our HttpClient
/// pipeline (<see cref="TelephonyServiceCollectionExtensions.AddTwilioTelephony"/>: resilience, the configurable API base).
/// A client is made per call from the current <see cref="TwilioOptions"/>, so a rotated auth token applies at once; the
/// SDK's static <c>TwilioClient</c> is never used. The SDK takes no cancellation token: a cancelled call stops waiting,
/// but a request already sent may still be carried out.
/// </summary>
public sealed class TwilioTelephony(IHttpClientFactory httpClients, IOptionsMonitor<TwilioOptions> options) : ITelephony
{
    /// <summary>The named HttpClient the SDK's requests go through.</summary>
    public const string HttpClientName = "Twilio";

    /// <summary>How many of the newest calls between two numbers <see cref="FindCallsAsync"/> reads.</summary>
    private const int RecentCalls = 20;

    public Task<string> PlaceCallAsync(OutboundCall outbound, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outbound);
        if ((outbound.Url is null) == (outbound.Twiml is null))
        {
            throw new ArgumentException("A call needs exactly one of Url and Twiml.", nameof(outbound));
        }

        var create = new CreateCallOptions(new PhoneNumber(outbound.To), new PhoneNumber(outbound.From))
        {
            Url = outbound.Url,
            Twiml = outbound.Twiml is null ? null : new Twiml(outbound.Twiml),
            StatusCallback = outbound.StatusCallback,
            StatusCallbackEvent = outbound.StatusCallback is null ? null : [.. outbound.StatusCallbackEvents ?? ["initiated", "ringing", "answered", "completed"]],
            MachineDetection = outbound.MachineDetection,
        };
        return SendAsync(async client => (await CallResource.CreateAsync(create, client).WaitAsync(cancellationToken)).Sid);
    }

    public Task UpdateCallAsync(string callSid, string twiml, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(twiml);
        return UpdateAsync(new UpdateCallOptions(callSid) { Twiml = new Twiml(twiml) }, cancellationToken);
    }

    public Task RedirectCallAsync(string callSid, Uri url, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        return UpdateAsync(new UpdateCallOptions(callSid) { Url = url }, cancellationToken);
    }

    public Task HangUpAsync(string callSid, CancellationToken cancellationToken = default) =>
        UpdateAsync(new UpdateCallOptions(callSid) { Status = CallResource.UpdateStatusEnum.Completed }, cancellationToken);

    public Task<string> GetCallStatusAsync(string callSid, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(callSid);
        return SendAsync(async client => (await CallResource.FetchAsync(new FetchCallOptions(callSid), client).WaitAsync(cancellationToken)).Status.ToString());
    }

    public Task<IReadOnlyList<PlacedCall>> FindCallsAsync(string caller, string callee, DateTimeOffset createdSince, CancellationToken cancellationToken = default)
    {
        // Filtered by number only, and by creation time here: a call still queued has no start time yet, so a StartTime
        // filter would miss exactly the call a crash just placed. The newest page is enough: the calls sought are minutes old.
        var read = new ReadCallOptions { From = new PhoneNumber(caller), To = new PhoneNumber(callee), PageSize = RecentCalls, Limit = RecentCalls };
        return SendAsync<IReadOnlyList<PlacedCall>>(async client =>
            [.. (await CallResource.ReadAsync(read, client).WaitAsync(cancellationToken))
                .Where(call => call.DateCreated is not null)
                .Select(call => new PlacedCall(call.Sid, call.Status.ToString(), Utc(call.DateCreated!.Value)))
                .Where(call => call.CreatedAt >= createdSince)]);
    }

    /// <summary>The SDK's time as UTC, whichever kind it parsed it as.</summary>
    private static DateTimeOffset Utc(DateTime time) =>
        new(time.Kind == DateTimeKind.Local ? time.ToUniversalTime() : DateTime.SpecifyKind(time, DateTimeKind.Utc));

    public Task<string> SendMessageAsync(OutboundMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var create = new CreateMessageOptions(new PhoneNumber(message.To))
        {
            From = new PhoneNumber(message.From),
            Body = message.Body,
            MediaUrl = message.MediaUrls?.ToList(),
        };
        return SendAsync(async client => (await MessageResource.CreateAsync(create, client).WaitAsync(cancellationToken)).Sid);
    }

    private Task<string> UpdateAsync(UpdateCallOptions update, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(update.PathSid);
        return SendAsync(async client => (await CallResource.UpdateAsync(update, client).WaitAsync(cancellationToken)).Sid);
    }

    /// <summary>Runs one SDK request on a fresh client and turns the SDK's exceptions into <see cref="TelephonyException"/>.</summary>
    private async Task<T> SendAsync<T>(Func<TwilioRestClient, Task<T>> request)
    {
        var account = options.CurrentValue;
        if (string.IsNullOrEmpty(account.AccountSid) || string.IsNullOrEmpty(account.AuthToken))
        {
            throw new TelephonyException($"{TwilioOptions.SectionName}:AccountSid and AuthToken are needed to use Twilio's REST API.");
        }

        var client = new TwilioRestClient(account.AccountSid, account.AuthToken, httpClient: new SystemNetHttpClient(httpClients.CreateClient(HttpClientName)));
        try
        {
            return await request(client);
        }
        catch (ApiException e)
        {
            // Twilio answered with its error body: a 4xx was refused and did nothing; after a 5xx it may still have happened.
            throw new TelephonyException($"Twilio refused the request: {e.Message} (error {e.Code}, HTTP {e.Status})", e)
            {
                ProviderCode = e.Code == 0 ? null : e.Code,
                HttpStatus = e.Status == 0 ? null : e.Status,
                MoreInfo = Uri.TryCreate(e.MoreInfo, UriKind.Absolute, out var moreInfo) ? moreInfo : null,
                MayHaveHappened = e.Status is 0 or >= 500,
            };
        }
        catch (ApiConnectionException e)
        {
            // No usable answer: connection failed, dropped or timed out (the resilience pipeline already retried what was safe).
            throw new TelephonyException($"Twilio could not be reached: {e.Message}", e)
            {
                MayHaveHappened = !(TwilioRetryPolicy.NeverSent(e.InnerException) || e.InnerException is BrokenCircuitException or RateLimiterRejectedException),
            };
        }
    }
}
