namespace Orleans.Runtime;

/// <summary>
/// A grain's durable state. Every write carries the ETag read or last written; a write based on a stale
/// ETag fails with <see cref="Orleans.Storage.InconsistentStateException"/> and never overwrites.
/// </summary>
public interface IPersistentState<TState>
{
    /// <summary>The state; a fresh <typeparamref name="TState"/> when nothing is stored.</summary>
    TState State { get; set; }

    /// <summary>The version of the stored record this state was read from or written as; null when none.</summary>
    string? Etag { get; }

    /// <summary>Whether a record is stored (false before the first write and after a clear).</summary>
    bool RecordExists { get; }

    /// <summary>Reloads the state from storage, discarding changes not written.</summary>
    Task ReadStateAsync();

    /// <summary>Writes the state, together with any projection rows recorded in this turn, in one transaction.</summary>
    Task WriteStateAsync();

    /// <summary>Removes the stored state (keeps a tombstone version so stale writers still conflict).</summary>
    Task ClearStateAsync();
}
