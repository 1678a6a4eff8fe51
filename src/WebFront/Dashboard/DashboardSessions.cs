using System.Globalization;
using System.Security.Claims;
using Concierge.Grains.Interfaces.Companies;
using Concierge.Silo.Queries;
using Concierge.WebFront.Api;
using Orleans;

namespace Concierge.WebFront.Dashboard;

/// <summary>
/// The server side of dashboard sessions. The cookie alone proves nothing once the session is over: it names its key (id
/// and hash) and the key's session epoch when it was opened, and is current only while the company grain still holds that
/// key at that epoch. Signing out moves the key to a new epoch and revoking removes it; the grain has one activation in the
/// whole cluster, so every node refuses the old cookie (and ends its open streams) from the next request or poll on.
/// </summary>
public sealed class DashboardSessions(IGrainFactory grains)
{
    /// <summary>A new session for <paramref name="owner"/>'s key; null when the key was revoked meanwhile.</summary>
    public async Task<ClaimsPrincipal?> OpenAsync(ApiKeyOwner owner, string keyHash)
    {
        var epoch = await grains.GetGrain<ICompanyGrain>(owner.CompanyId).KeySessionEpochAsync(owner.KeyId, keyHash);
        return epoch is { } current
            ? new ClaimsPrincipal(new ClaimsIdentity(
                [
                    new Claim(ApiKeyAuthentication.CompanyClaim, owner.CompanyId),
                    new Claim(ApiKeyAuthentication.KeyClaim, owner.KeyId),
                    new Claim(DashboardAuthentication.KeyHashClaim, keyHash),
                    new Claim(DashboardAuthentication.SessionEpochClaim, current.ToString(CultureInfo.InvariantCulture)),
                ],
                DashboardAuthentication.Scheme))
            : null;
    }

    /// <summary>True while <paramref name="user"/>'s session was neither signed out nor its key revoked or replaced.</summary>
    public async Task<bool> IsCurrentAsync(ClaimsPrincipal user) =>
        Session(user) is { } session
        && await grains.GetGrain<ICompanyGrain>(session.CompanyId).KeySessionEpochAsync(session.KeyId, session.KeyHash) == session.Epoch;

    /// <summary>Ends every session of <paramref name="user"/>'s key, this one included.</summary>
    public async Task EndAsync(ClaimsPrincipal user)
    {
        if (Session(user) is { } session)
        {
            await grains.GetGrain<ICompanyGrain>(session.CompanyId).EndKeySessionsAsync(session.KeyId);
        }
    }

    // A cookie issued before sessions had epochs lacks one and is simply not current: its owner signs in again.
    private static (string CompanyId, string KeyId, string KeyHash, long Epoch)? Session(ClaimsPrincipal user) =>
        user.FindFirstValue(ApiKeyAuthentication.CompanyClaim) is { } company
        && user.FindFirstValue(ApiKeyAuthentication.KeyClaim) is { } keyId
        && user.FindFirstValue(DashboardAuthentication.KeyHashClaim) is { } hash
        && long.TryParse(user.FindFirstValue(DashboardAuthentication.SessionEpochClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var epoch)
            ? (company, keyId, hash, epoch)
            : null;
}
