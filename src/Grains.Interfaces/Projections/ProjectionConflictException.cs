using Orleans;
using Orleans.Runtime;

namespace Concierge.Grains.Interfaces.Projections;

/// <summary>
/// A projection write broke a uniqueness rule of its table (say, a phone number already claimed by
/// another company). The whole turn's write was refused; state is unchanged. An <see cref="OrleansException"/>
/// with a serializer, so it reaches the caller as itself from any silo (the API answers it with a 409). The database's
/// own exception stays behind: its driver's types have no serializer; its message travels in <paramref name="detail"/>.
/// </summary>
[GenerateSerializer, Alias("concierge.ProjectionConflictException")]
public sealed class ProjectionConflictException(string table, string detail)
    : OrleansException($"A row in '{table}' conflicts with an existing row ({detail}).")
{
    /// <summary>The table whose uniqueness rule was broken.</summary>
    [Id(0)]
    public string Table { get; private set; } = table;
}
