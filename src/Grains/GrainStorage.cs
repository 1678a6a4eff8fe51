namespace Concierge.Grains;

/// <summary>
/// The grain storage every Concierge grain keeps its state in: the SQL store, which commits a grain's state and the
/// projection rows recorded in the same turn in one transaction (see <c>Concierge.Silo.Storage.SqlStore</c>).
/// </summary>
public static class GrainStorage
{
    public const string Name = "concierge";
}
