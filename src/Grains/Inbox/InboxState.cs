namespace Concierge.Grains.Inbox;

/// <summary>An inbox's durable state, owned by its <see cref="InboxGrain"/>.</summary>
public sealed class InboxState
{
    /// <summary>Each reviewed call and when it was reviewed (marks older than the inbox's window are dropped).</summary>
    public Dictionary<string, DateTimeOffset> Reviewed { get; set; } = [];
}
