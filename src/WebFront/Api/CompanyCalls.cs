using Concierge.Grains.Interfaces.Calls;
using Orleans;

namespace Concierge.WebFront.Api;

public static class CompanyCalls
{
    /// <summary>
    /// The call <paramref name="callSid"/> if it belongs to <paramref name="companyId"/>. Another company's call is
    /// reported exactly like a missing one (null): its existence is not theirs to learn.
    /// </summary>
    public static async Task<CallRecord?> FindAsync(IGrainFactory grains, string companyId, string callSid) =>
        callSid.Length <= 64 && await grains.GetGrain<ICallGrain>(callSid).GetAsync() is { } call && call.CompanyId == companyId ? call : null;
}
