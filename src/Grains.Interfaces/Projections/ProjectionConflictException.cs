namespace Concierge.Grains.Interfaces.Projections;

/// <summary>
/// A projection write broke a uniqueness rule of its table (say, a phone number already claimed by
/// another company). The whole turn's write was refused; state is unchanged.
/// </summary>
public sealed class ProjectionConflictException(string table, Exception innerException)
    : Exception($"A row in '{table}' conflicts with an existing row.", innerException)
{
    /// <summary>The table whose uniqueness rule was broken.</summary>
    public string Table { get; } = table;
}
