using Concierge.Grains.Interfaces.Projections;

namespace Concierge.Silo.Storage;

/// <summary>Where one piece of grain state is stored: grain type, grain key, state name.</summary>
public sealed record GrainStateKey(string GrainType, string GrainKey, string StateName);

/// <summary>A stored record: the serialized state (null after a clear) and its version, the ETag.</summary>
public sealed record StoredState(string? Payload, long Version);

/// <summary>
/// Durable grain state with optimistic concurrency. Every provider (SQLite, PostgreSQL, SQL Server) passes
/// the same conformance suite:
/// <list type="bullet">
/// <item>a first write (no expected version) inserts only if no record exists, else it conflicts;</item>
/// <item>a later write updates only where the stored version equals the expected one, else it conflicts;</item>
/// <item>a conflict throws <see cref="Orleans.Storage.InconsistentStateException"/> and changes nothing;</item>
/// <item>projection rows commit in the same transaction as the state, or not at all.</item>
/// </list>
/// </summary>
public interface IGrainStorage
{
    /// <summary>Provider name, for logs and health output.</summary>
    string ProviderName { get; }

    /// <summary>True when other processes may write the same store, so cached state can go stale.</summary>
    bool IsShared { get; }

    /// <summary>Creates or migrates the schema (idempotent, safe to run from several nodes at once).</summary>
    Task EnsureSchemaAsync(CancellationToken cancellationToken = default);

    /// <summary>Reads a record; null when none was ever written.</summary>
    Task<StoredState?> ReadAsync(GrainStateKey key, CancellationToken cancellationToken = default);

    /// <summary>Writes <paramref name="payload"/> if the stored version is <paramref name="expectedVersion"/> (null: no record). Returns the new version.</summary>
    Task<long> WriteAsync(GrainStateKey key, string payload, long? expectedVersion, IReadOnlyList<ProjectionWrite> projections, CancellationToken cancellationToken = default);

    /// <summary>Clears a record if its version is <paramref name="expectedVersion"/>, keeping a tombstone version. Returns the new version.</summary>
    Task<long> ClearAsync(GrainStateKey key, long expectedVersion, IReadOnlyList<ProjectionWrite> projections, CancellationToken cancellationToken = default);

    /// <summary>Refreshes what the store's query planner knows about the data (a no-op where the server does it itself).</summary>
    Task MaintainAsync(CancellationToken cancellationToken = default);

    /// <summary>Throws when the store cannot be reached or its schema is not in place.</summary>
    Task CheckHealthAsync(CancellationToken cancellationToken = default);
}
