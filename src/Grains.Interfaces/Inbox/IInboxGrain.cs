using Orleans;
using Orleans.Concurrency;

namespace Concierge.Grains.Interfaces.Inbox;

/// <summary>
/// What one user of a company (one API key: the dashboard's sessions and the REST API's requests with it) has reviewed
/// among the calls that need the owner (key: <see cref="InboxKey"/>). A call is unread until its user opens it.
/// </summary>
[Alias("concierge.IInboxGrain")]
public interface IInboxGrain : IGrainWithStringKey
{
    /// <summary>Marks <paramref name="callSid"/> reviewed; marking it again changes nothing.</summary>
    Task MarkReviewedAsync(string callSid);

    /// <summary>Those of <paramref name="callSids"/> this user has reviewed.</summary>
    [ReadOnly]
    Task<IReadOnlyList<string>> ReviewedAmongAsync(IReadOnlyList<string> callSids);
}

/// <summary>The grain key of an inbox: one company's key.</summary>
public static class InboxKey
{
    public static string For(string companyId, string keyId) => $"{companyId}/{keyId}";
}

/// <summary>How far back the inbox looks: older calls neither show as unread nor need their reviewed mark kept.</summary>
public static class InboxWindow
{
    public static readonly TimeSpan Length = TimeSpan.FromDays(30);
}
