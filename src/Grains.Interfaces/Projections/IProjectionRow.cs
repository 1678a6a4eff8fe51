namespace Concierge.Grains.Interfaces.Projections;

/// <summary>
/// A row of a query table (calls, turns, callers…) that a grain keeps in step with its own state.
/// Queries across many grains read these tables; they never scan grains.
/// The row type names its table with <see cref="ProjectionTableAttribute"/>; its properties are the
/// columns (PascalCase property → snake_case column).
/// </summary>
public interface IProjectionRow;

/// <summary>Names the table a projection row lives in and the properties forming its primary key.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ProjectionTableAttribute(string table, params string[] keyProperties) : Attribute
{
    public string Table { get; } = table;

    public IReadOnlyList<string> KeyProperties { get; } = keyProperties;
}
