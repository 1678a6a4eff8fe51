using Concierge.Grains.Interfaces.Inbox;
using Orleans;
using Orleans.Runtime;

namespace Concierge.Grains.Inbox;

/// <summary>One user's reviewed calls. The state stays small: a mark outlives its call's place in the inbox by no more than the window.</summary>
[GrainType("inbox")]
public sealed class InboxGrain(
    [PersistentState("inbox", GrainStorage.Name)] IPersistentState<InboxState> state,
    TimeProvider time) : Grain, IInboxGrain
{
    public async Task MarkReviewedAsync(string callSid)
    {
        if (state.State.Reviewed.ContainsKey(callSid))
        {
            return;
        }

        var now = time.GetUtcNow();
        var before = state.State.Reviewed;
        // A call is reviewed after it started, so a mark older than the window belongs to a call the inbox no longer shows.
        state.State.Reviewed = before.Where(r => now - r.Value <= InboxWindow.Length).ToDictionary();
        state.State.Reviewed[callSid] = now;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            state.State.Reviewed = before; // a failed write leaves the call unread, in memory as in storage
            throw;
        }
    }

    public Task<IReadOnlyList<string>> ReviewedAmongAsync(IReadOnlyList<string> callSids) =>
        Task.FromResult<IReadOnlyList<string>>([.. callSids.Where(state.State.Reviewed.ContainsKey)]);
}
