namespace Concierge.Grains.Interfaces.Projections;

/// <summary>
/// Records projection rows during a grain turn. Nothing is written until the grain's next
/// <c>WriteStateAsync</c>, which commits the state and these rows in one transaction: the tables never
/// show what the state does not, and a turn that fails or loses an ETag race leaves no rows behind.
/// </summary>
public interface IProjectionWriter
{
    /// <summary>Inserts the row, or replaces the stored row with the same key.</summary>
    void Upsert<TRow>(TRow row) where TRow : class, IProjectionRow;

    /// <summary>Inserts the row; a stored row with the same key (or another unique value) fails the whole write with <see cref="ProjectionConflictException"/>.</summary>
    void Insert<TRow>(TRow row) where TRow : class, IProjectionRow;

    /// <summary>Inserts the row unless one with the same key exists (an idempotent append).</summary>
    void InsertIfAbsent<TRow>(TRow row) where TRow : class, IProjectionRow;

    /// <summary>Deletes the row with the same key as <paramref name="row"/>, if any.</summary>
    void Delete<TRow>(TRow row) where TRow : class, IProjectionRow;
}

/// <summary>What to do with a projection row when the turn commits.</summary>
public enum ProjectionOperation
{
    Insert,
    Upsert,
    InsertIfAbsent,
    Delete,
}

/// <summary>One pending projection change.</summary>
public sealed record ProjectionWrite(ProjectionOperation Operation, IProjectionRow Row);
