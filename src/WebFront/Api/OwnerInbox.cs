using System.Security.Claims;
using Concierge.Grains.Interfaces.Calls;
using Concierge.Grains.Interfaces.Inbox;
using Concierge.Grains.Interfaces.Projections;
using Concierge.Silo.Queries;
using Orleans;

namespace Concierge.WebFront.Api;

/// <summary>A call that needs the owner, whether this user has opened it, and the message left (if any).</summary>
public sealed record InboxItem(CallRow Call, bool Reviewed, string? Message);

/// <summary>
/// What needs the owner: messages taken and urgent calls of the last <see cref="InboxWindow.Length"/>, unread until the
/// user (the key they signed in with) opens them. The calls come from the call log, the reviewed marks from the user's
/// inbox grain.
/// </summary>
public sealed class OwnerInbox(ConversationQueries calls, CallTextQueries lines, IGrainFactory grains, TimeProvider time)
{
    /// <summary>The inbox shows this many calls at most; the call log has the rest.</summary>
    public const int Shown = 50;

    /// <summary>Unread first, newest first within each.</summary>
    public async Task<IReadOnlyList<InboxItem>> ItemsAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var (rows, reviewed) = await ReadAsync(user, cancellationToken);
        var messages = await lines.LastCallerLinesAsync(
            [.. rows.Where(r => r.FinalDecision == CallDecisions.MessageTaken).Select(r => r.CallSid)], cancellationToken);
        return [.. rows.Select(r => new InboxItem(r, reviewed.Contains(r.CallSid), messages.GetValueOrDefault(r.CallSid))).OrderBy(i => i.Reviewed)];
    }

    /// <summary>How many calls the user has not opened yet, as the navigation shows it.</summary>
    public async Task<int> UnreadCountAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var (rows, reviewed) = await ReadAsync(user, cancellationToken);
        return rows.Count(r => !reviewed.Contains(r.CallSid));
    }

    /// <summary>Marks a call of the user's company reviewed by the user.</summary>
    public Task MarkReviewedAsync(ClaimsPrincipal user, string callSid) => Of(user).MarkReviewedAsync(callSid);

    /// <summary>Those of <paramref name="callSids"/> the user has reviewed.</summary>
    public async Task<IReadOnlySet<string>> ReviewedAmongAsync(ClaimsPrincipal user, IReadOnlyList<string> callSids) =>
        callSids.Count == 0 ? new HashSet<string>() : (await Of(user).ReviewedAmongAsync(callSids)).ToHashSet();

    private async Task<(IReadOnlyList<CallRow> Rows, IReadOnlySet<string> Reviewed)> ReadAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var rows = await calls.NeedingOwnerAsync(user.CompanyId(), time.GetUtcNow() - InboxWindow.Length, Shown, cancellationToken);
        return (rows, await ReviewedAmongAsync(user, [.. rows.Select(r => r.CallSid)]));
    }

    private IInboxGrain Of(ClaimsPrincipal user) => grains.GetGrain<IInboxGrain>(InboxKey.For(user.CompanyId(), user.KeyId()));
}
