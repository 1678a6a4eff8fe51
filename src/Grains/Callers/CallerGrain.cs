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
    TimeProvider time) : Grain, ICallerGrain
{
    private const int RecentCallsKept = 50;

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

    public async Task<CallerStanding> CallStartedAsync(string callSid, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var before = new CallerStanding(History(), Caller.Blocked);
        if (Caller.Calls.Exists(c => c.CallSid == callSid))
        {
            return new CallerStanding(History(excluding: callSid), Caller.Blocked);
        }

        Caller.Calls.Insert(0, new CallerCall(callSid, at, null, null));
        Caller.Calls = [.. Caller.Calls.Take(RecentCallsKept)];
        Caller.CallCount++;
        Caller.LastCallAt = at;
        await SaveAsync(cancellationToken);
        return before;
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
        var (companyId, phone) = Identity;
        projections.Upsert(new CallerRow(
            companyId, phone, Caller.Name, Caller.CallCount, Caller.LastCallAt?.ToUnixTimeMilliseconds(), Caller.Calls.FirstOrDefault()?.Decision,
            Score, Caller.Blocked, time.GetUtcNow().ToUnixTimeMilliseconds()));
        await state.WriteStateAsync(cancellationToken);
    }
}
