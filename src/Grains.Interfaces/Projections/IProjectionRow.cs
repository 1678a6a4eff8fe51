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

/// <summary>
/// A column whose value is the one the row was first inserted with: an upsert of the row never sets it again. SQLite
/// rewrites every index holding a column an UPDATE sets, changed or not, so a value that never changes (a call's company,
/// numbers and start) costs nothing in the indexes it leads.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class SetOnInsertAttribute : Attribute;
