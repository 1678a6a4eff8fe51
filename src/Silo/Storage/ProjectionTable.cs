using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Concierge.Grains.Interfaces.Projections;

namespace Concierge.Silo.Storage;

/// <summary>A projection row type's table: its name, columns (snake_case of the properties) and key.</summary>
public sealed class ProjectionTable
{
    private static readonly ConcurrentDictionary<Type, ProjectionTable> Cache = new();

    private ProjectionTable(Type rowType)
    {
        var attribute = rowType.GetCustomAttribute<ProjectionTableAttribute>()
            ?? throw new InvalidOperationException($"{rowType.Name} has no [ProjectionTable] attribute.");
        Name = attribute.Table;
        Columns = [.. rowType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .Select(p => new ProjectionColumn(
                p.Name, JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name), attribute.KeyProperties.Contains(p.Name), p.IsDefined(typeof(SetOnInsertAttribute))))];
        var missing = attribute.KeyProperties.Except(Columns.Select(c => c.Property)).ToList();
        if (attribute.KeyProperties.Count == 0 || missing.Count > 0)
        {
            throw new InvalidOperationException($"{rowType.Name}: key properties [{string.Join(", ", missing)}] are not properties of the row (a key is required).");
        }
    }

    public string Name { get; }

    public IReadOnlyList<ProjectionColumn> Columns { get; }

    public IEnumerable<ProjectionColumn> Keys => Columns.Where(c => c.IsKey);

    /// <summary>The columns an upsert sets on a row that exists: neither keys nor <see cref="SetOnInsertAttribute"/> columns.</summary>
    public IEnumerable<ProjectionColumn> Updated => Columns.Where(c => !c.IsKey && !c.IsSetOnInsert);

    public static ProjectionTable For(Type rowType) => Cache.GetOrAdd(rowType, static t => new ProjectionTable(t));
}

/// <summary>A column of a projection table; <see cref="Property"/> is also the SQL parameter name.</summary>
public sealed record ProjectionColumn(string Property, string Column, bool IsKey, bool IsSetOnInsert);
