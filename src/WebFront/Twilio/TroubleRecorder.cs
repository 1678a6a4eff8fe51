using System.Collections.Concurrent;
using Concierge.Grains.Interfaces.Calls;
using Concierge.Silo.Queries;
using Orleans;

namespace Concierge.WebFront.Twilio;

/// <summary>
/// When a webhook tells the caller of a technical problem (its fallback), the call log must end up saying so, but the
/// store or the call's silo is what just failed. So the webhook answers first, and this records it afterwards in the
/// background: it asks the call grain (<see cref="ICallGrain.TroubleToldAsync"/>, which counts the first report only)
/// until it has recorded it, with backoff, a bounded number of times. The attempts span several minutes: a store outage
/// that long is bridged, and so is the grain's wait for the call to be over (the call grain's TroubleSilence).
/// </summary>
public sealed partial class TroubleRecorder(
    IGrainFactory grains, CompanyDirectory directory, TimeProvider time, IHostApplicationLifetime lifetime, ILogger<TroubleRecorder> logger)
{
    /// <summary>Attempts per report: with the backoff below, about five minutes of store outage are bridged.</summary>
    public const int Attempts = 10;

    /// <summary>Reports in progress at most; beyond that (a long outage under heavy traffic) new ones are dropped and logged.</summary>
    public const int MaxPending = 1000;

    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromSeconds(60);

    private readonly ConcurrentDictionary<Task, byte> pending = new();

    /// <summary>Reports in progress (for tests and diagnostics).</summary>
    public int Pending => pending.Count;

    /// <summary>
    /// Records, in the background, that call <paramref name="callSid"/> was told of a technical problem by
    /// <paramref name="webhook"/>. <paramref name="incoming"/> describes a call whose first webhook it was; its
    /// <see cref="IncomingCall.CompanyId"/> may be empty when the company could not be looked up yet (it is looked up here).
    /// </summary>
    public void Report(string callSid, string webhook, IncomingCall? incoming = null)
    {
        var trouble = new TroubleTold(webhook, time.GetUtcNow(), incoming);
        if (pending.Count >= MaxPending)
        {
            Dropped(callSid, webhook, MaxPending);
            return;
        }

        var recording = Task.Run(() => RecordAsync(callSid, trouble, lifetime.ApplicationStopping));
        pending.TryAdd(recording, 0);
        recording.ContinueWith(done => pending.TryRemove(done, out _), TaskScheduler.Default);
    }

    private async Task RecordAsync(string callSid, TroubleTold trouble, CancellationToken stopping)
    {
        var delay = FirstRetry;
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            try
            {
                await Task.Delay(delay, time, stopping);
                if (trouble.Incoming is { CompanyId: "" } unrouted)
                {
                    trouble = trouble with { Incoming = unrouted with { CompanyId = await directory.CompanyForNumberAsync(unrouted.To, stopping) } };
                }

                if (await grains.GetGrain<ICallGrain>(callSid).TroubleToldAsync(trouble))
                {
                    Recorded(callSid, trouble.Webhook, attempt);
                    return;
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                NotRecordedAtShutdown(callSid, trouble.Webhook);
                return;
            }
            catch (Exception e)
            {
                AttemptFailed(e, callSid, trouble.Webhook, attempt);
            }

            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, LongestRetry.Ticks));
        }

        GaveUp(callSid, trouble.Webhook, Attempts);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Call {CallSid}: the technical problem told by the {Webhook} webhook is in the call log (attempt {Attempt})")]
    private partial void Recorded(string callSid, string webhook, int attempt);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Call {CallSid}: could not yet record the technical problem told by the {Webhook} webhook (attempt {Attempt}); will retry")]
    private partial void AttemptFailed(Exception exception, string callSid, string webhook, int attempt);

    [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "Call {CallSid}: gave up recording the technical problem told by the {Webhook} webhook after {Attempts} attempts; the call log does not show it")]
    private partial void GaveUp(string callSid, string webhook, int attempts);

    [LoggerMessage(EventId = 4, Level = LogLevel.Error, Message = "Call {CallSid}: {Pending} technical problems are already waiting to be recorded; the one told by the {Webhook} webhook is not recorded")]
    private partial void Dropped(string callSid, string webhook, int pending);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "Call {CallSid}: shutting down before the technical problem told by the {Webhook} webhook was recorded")]
    private partial void NotRecordedAtShutdown(string callSid, string webhook);
}
