namespace Concierge.Grains.Interfaces.Callers;

/// <summary>
/// A caller's calls as their call grains committed them (<see cref="Projections.CallerCallRow"/>), each with its decision
/// and category as the call log has them: what the caller grain catches up from when its own state is behind.
/// </summary>
public interface ICallerCallLog
{
    /// <summary>The caller's calls started at or after <paramref name="since"/>, newest first, at most <paramref name="take"/>.</summary>
    Task<IReadOnlyList<LoggedCallerCall>> SinceAsync(string companyId, string phone, DateTimeOffset since, int take, CancellationToken cancellationToken = default);
}

/// <summary>One call from <see cref="ICallerCallLog"/>: the caller's name as the call knew it, its decision and category so far.</summary>
public sealed record LoggedCallerCall(string CallSid, DateTimeOffset At, string? NameGiven, string? Decision, string? Category);
