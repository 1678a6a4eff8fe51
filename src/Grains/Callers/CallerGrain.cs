using Concierge.Grains.Interfaces.Callers;
using Concierge.Grains.Interfaces.Projections;
using Concierge.Grains.Interfaces.Screening;
using Orleans;
using Orleans.Runtime;

namespace Concierge.Grains.Callers;

/// <summary>One company's memory of one caller: name, calls and decisions, spam score, block flag.</summary>
[GrainType("caller")]
public sealed class CallerGrain(
    [PersistentState("caller", GrainStorage.Name)] IPersistentState<CallerState> state,
    IProjectionWriter projections,
    ICallerCallLog callLog,
    TimeProvider time) : Grain, ICallerGrain
{
    private const int RecentCallsKept = 50;

    /// <summary>
    /// How far before the newest call it stored the grain looks for calls it missed: two calls starting together can reach
    /// it in the other order than their start times (taken by their own grains, maybe on other nodes).
    /// </summary>
    private static readonly TimeSpan CatchUpOverlap = TimeSpan.FromMinutes(5);

    private CallerState Caller => state.State;

    private (string CompanyId, string Phone) Identity
    {
        get
        {
            var key = this.GetPrimaryKeyString();
            var slash = key.LastIndexOf('/');
            return (key[..slash], key[(slash + 1)..]);
        }
    }

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Call starts are stored by their calls (caller_calls), not by this grain's state: take those it does not have yet.
        var (companyId, phone) = Identity;
        var since = Caller.Calls.Count == 0 ? DateTimeOffset.MinValue : Caller.Calls[0].At - CatchUpOverlap;
        var missed = (await callLog.SinceAsync(companyId, phone, since, RecentCallsKept, cancellationToken))
            .Where(logged => !Caller.Calls.Exists(c => c.CallSid == logged.CallSid))
            .ToList();
        if (missed.Count > 0)
        {
            Caller.Calls = [.. missed.Select(m => new CallerCall(m.CallSid, m.At, m.Decision, m.Category)).Concat(Caller.Calls).OrderByDescending(c => c.At).Take(RecentCallsKept)];
            Caller.CallCount += missed.Count;
            Caller.LastCallAt = Caller.Calls[0].At;
            Caller.Name = missed[0].NameGiven ?? Caller.Name;
        }
    }

    public Task<CallerCallStarted> CallStartedAsync(CallerCallStart start)
    {
        var (companyId, phone) = Identity;
        var known = Caller.Calls.Find(c => c.CallSid == start.CallSid); // the call starts again: its first commit failed
        var before = new CallerStanding(History(excluding: known?.CallSid), Caller.Blocked);
        if (known is null)
        {
            // Not saved here: the call commits these rows with its own start, and this grain's next save (the call's
            // decision, a block) stores its state; after a crash, activation catches up from the caller_calls row.
            Caller.Calls.Insert(0, new CallerCall(start.CallSid, start.At, null, null));
            Caller.Calls = [.. Caller.Calls.Take(RecentCallsKept)];
            Caller.CallCount++;
            Caller.LastCallAt = start.At;
            Caller.Name = start.ExceptionName ?? Caller.Name ?? start.CallerIdName;
        }

        var at = (known?.At ?? start.At).ToUnixTimeMilliseconds();
        return Task.FromResult(new CallerCallStarted(before, Row(), new CallerCallRow(companyId, phone, at, start.CallSid, Caller.Name)));
    }

    public async Task CallUpdatedAsync(CallerCallUpdate update, CancellationToken cancellationToken = default)
    {
        var index = Caller.Calls.FindIndex(c => c.CallSid == update.CallSid);
        if (index < 0)
        {
            return; // older than the recent history kept
        }

        var call = Caller.Calls[index];
        var updated = call with { Decision = update.Decision, Category = update.Category };
        if (updated == call && (update.NameGiven is null || update.NameGiven == Caller.Name))
        {
            return;
        }

        Caller.Calls[index] = updated;
        Caller.Name = update.NameGiven ?? Caller.Name;
        await SaveAsync(cancellationToken);
    }

    public async Task BlockAsync(string reason, CancellationToken cancellationToken = default)
    {
        Caller.Blocked = true;
        Caller.BlockedReason = reason;
        await SaveAsync(cancellationToken);
    }

    public async Task UnblockAsync()
    {
        Caller.Blocked = false;
        Caller.BlockedReason = null;
        Caller.ForgivenAt = time.GetUtcNow();
        await SaveAsync();
    }

    public Task<CallerProfile> GetAsync()
    {
        var (companyId, phone) = Identity;
        return Task.FromResult(new CallerProfile(
            companyId, phone, Caller.Name, Caller.CallCount, Score, Caller.Blocked, Caller.BlockedReason, Caller.LastCallAt, [.. Caller.Calls]));
    }

    private double Score => SpamScore.Of(Caller.Calls, Caller.ForgivenAt);

    private CallerHistory History(string? excluding = null)
    {
        var earlier = Caller.Calls.Where(c => c.CallSid != excluding).ToList();
        return new CallerHistory(
            earlier.Count + Math.Max(0, Caller.CallCount - Caller.Calls.Count),
            Caller.Name,
            [.. earlier.Where(c => c.Decision is not null).Take(5).Select(c => c.Decision!)],
            SpamScore.Of(earlier, Caller.ForgivenAt),
            earlier.FirstOrDefault()?.At);
    }

    /// <summary>Saves the state with its projection row; a turn cancelled before the commit writes nothing.</summary>
    private async Task SaveAsync(CancellationToken cancellationToken = default)
    {
        projections.Upsert(Row());
        await state.WriteStateAsync(cancellationToken);
    }

    /// <summary>The caller as the callers list shows them.</summary>
    private CallerRow Row()
    {
        var (companyId, phone) = Identity;
        return new CallerRow(
            companyId, phone, Caller.Name, Caller.CallCount, Caller.LastCallAt?.ToUnixTimeMilliseconds(), Caller.Calls.FirstOrDefault()?.Decision,
            Score, Caller.Blocked, time.GetUtcNow().ToUnixTimeMilliseconds());
    }
}
