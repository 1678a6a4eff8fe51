using System.Data.Common;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using Concierge.Silo.Queries;

namespace Concierge.WebFront.Dashboard.Live;

/// <summary>
/// The live page's event stream. Nodes share only the database, so the stream polls the company's call rows changed
/// since its last look (index company_id, updated_at_ms) about once a second and sends each changed call with its
/// latest turn. A heartbeat keeps proxies from closing a quiet stream. Each poll first asks whether the session is still
/// current, so a stream ends within a poll of its session (sign-out, revocation, on any node); streams also end after a
/// while, and the browser reconnects through the cookie check.
/// </summary>
public sealed partial class LiveCallFeed(LiveCallQueries queries, TimeProvider time, ILogger<LiveCallFeed> logger)
{
    public const string CallEvent = "call";
    public const string HeartbeatEvent = "heartbeat";

    /// <summary>A newly opened page shows the calls that changed this recently (those in progress, those just ended).</summary>
    public static readonly TimeSpan History = TimeSpan.FromMinutes(30);

    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan HeartbeatInterval = TimeSpan.FromSeconds(15);
    public static readonly TimeSpan StreamLifetime = TimeSpan.FromMinutes(10);

    /// <summary>Most rows one poll reads; a burst larger than this is sent over the following polls.</summary>
    private const int RowsPerPoll = 200;

    /// <param name="clock">Writes the calls' times in the company's zone.</param>
    /// <param name="phones">Writes the callers' numbers for the company's region.</param>
    /// <param name="sessionIsCurrent">Asked before every poll; the stream ends when it answers false or cannot answer.</param>
    public async IAsyncEnumerable<SseItem<LiveCallEvent?>> StreamAsync(
        string companyId, CompanyClock clock, PhoneDisplay phones, long? resumeFromMs, Func<Task<bool>> sessionIsCurrent, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var oldest = (now - History).ToUnixTimeMilliseconds();
        var cursor = new LiveCallCursor(Math.Clamp(resumeFromMs ?? oldest, oldest, now.ToUnixTimeMilliseconds()));
        var ends = now + StreamLifetime;
        var lastSent = now - HeartbeatInterval; // an immediate first heartbeat opens the stream even when nothing changed
        using var timer = new PeriodicTimer(PollInterval, time);
        do
        {
            if (!await StillSignedInAsync(sessionIsCurrent))
            {
                yield break;
            }

            foreach (var call in cursor.Accept(await PollAsync(companyId, cursor.QueryAfterMs, cancellationToken)))
            {
                lastSent = time.GetUtcNow();
                yield return new SseItem<LiveCallEvent?>(LiveCallEvent.Of(call, clock, phones), CallEvent) { EventId = EventId(cursor) };
            }

            if (time.GetUtcNow() - lastSent >= HeartbeatInterval)
            {
                lastSent = time.GetUtcNow();
                yield return new SseItem<LiveCallEvent?>(null, HeartbeatEvent) { EventId = EventId(cursor) };
            }
        }
        while (time.GetUtcNow() < ends && await NextTickAsync(timer, cancellationToken));
    }

    private async Task<IReadOnlyList<LiveCall>> PollAsync(string companyId, long afterMs, CancellationToken cancellationToken)
    {
        try
        {
            return await queries.ChangedSinceAsync(companyId, afterMs, RowsPerPoll, cancellationToken);
        }
        catch (Exception e) when (e is DbException or TimeoutException)
        {
            // The store is briefly away: keep the stream open and try again on the next tick.
            LogPollFailed(e);
            return [];
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return [];
        }
    }

    // A session that cannot be checked (its company grain unreachable) is treated as over: the browser reconnects and the
    // cookie check decides. Names and numbers are never sent on a session nobody could vouch for.
    private async Task<bool> StillSignedInAsync(Func<Task<bool>> sessionIsCurrent)
    {
        try
        {
            return await sessionIsCurrent();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogSessionCheckFailed(e);
            return false;
        }
    }

    // The browser went away or the app is stopping: end the stream quietly rather than fail the request.
    private static async Task<bool> NextTickAsync(PeriodicTimer timer, CancellationToken cancellationToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static string EventId(LiveCallCursor cursor) => cursor.PositionMs.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live dashboard poll failed; retrying")]
    private partial void LogPollFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live dashboard session could not be checked; ending the stream")]
    private partial void LogSessionCheckFailed(Exception exception);
}
