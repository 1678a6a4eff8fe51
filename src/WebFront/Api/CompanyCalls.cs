using Concierge.Grains.Interfaces.Calls;
using Concierge.Silo.Queries;
using Orleans;

namespace Concierge.WebFront.Api;

public static class CompanyCalls
{
    /// <summary>
    /// The call <paramref name="callSid"/> if it belongs to <paramref name="companyId"/>. Another company's call is
    /// reported exactly like a missing one (null): its existence is not theirs to learn. The company's call log is asked
    /// first: a grain is activated only for a call that exists (each activation of an unknown id used to stay in memory
    /// for the idle-collection age, so a stream of made-up ids grew the process without bound).
    /// </summary>
    public static async Task<CallRecord?> FindAsync(
        IGrainFactory grains, ConversationQueries calls, string companyId, string callSid, CancellationToken cancellationToken) =>
        callSid.Length <= 64
        && await calls.HasCallAsync(companyId, callSid, cancellationToken)
        && await grains.GetGrain<ICallGrain>(callSid).GetAsync() is { } call
        && call.CompanyId == companyId
            ? call
            : null;
}
