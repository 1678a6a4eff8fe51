using System.Collections.Concurrent;
using System.Reflection;

namespace Concierge.Silo.Storage;

/// <summary>One statement of a grain write (its state, or one of its projection rows) and the object whose public properties are its parameters.</summary>
public sealed record WriteStatement(string Sql, object Arguments)
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    /// <summary>The parameters' properties of <paramref name="argumentsType"/>, in a fixed order: every public readable property.</summary>
    public static PropertyInfo[] ParametersOf(Type argumentsType) => Properties.GetOrAdd(argumentsType, static type =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0)]);
}

/// <summary>
/// A statement of a grain write broke a unique constraint: which one (<see cref="Index"/>, 0 for the state), and the rows
/// each statement before it changed, so the store can tell a stale write from a clash of projection rows.
/// </summary>
public sealed class WriteStatementException(int index, int[] changedBefore, Exception inner)
    : Exception($"Statement {index} of the write broke a unique constraint.", inner)
{
    public int Index { get; } = index;

    public IReadOnlyList<int> ChangedBefore { get; } = changedBefore;
}
