using Concierge.Grains.Interfaces.Callers;

namespace Concierge.Grains.Callers;

/// <summary>A caller's durable state, owned by its <see cref="CallerGrain"/>.</summary>
public sealed class CallerState
{
    public string? Name { get; set; }

    public int CallCount { get; set; }

    public bool Blocked { get; set; }

    public string? BlockedReason { get; set; }

    /// <summary>Spam seen before this moment no longer counts: the owner unblocked the caller.</summary>
    public DateTimeOffset? ForgivenAt { get; set; }

    public DateTimeOffset? LastCallAt { get; set; }

    /// <summary>Recent calls, newest first (bounded: the profile shows recent history, the call log keeps everything).</summary>
    public List<CallerCall> Calls { get; set; } = [];
}
