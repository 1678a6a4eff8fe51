using System.Globalization;
using System.Text.Json;
using Concierge.Silo.Storage;
using Orleans.Runtime;

namespace Concierge.Silo.Runtime;

/// <summary>Storage-bound state of one activation, serialized as JSON, versioned by the store.</summary>
internal sealed class PersistentState<TState>(
    GrainStateKey key,
    IGrainStorage storage,
    ProjectionBuffer projections,
    JsonSerializerOptions json) : IPersistentState<TState>, IStateHandle
{
    private long? version;

    public TState State { get; set; } = Activator.CreateInstance<TState>();

    public string? Etag => version?.ToString(CultureInfo.InvariantCulture);

    public bool RecordExists { get; private set; }

    public async Task ReadStateAsync()
    {
        var stored = await storage.ReadAsync(key);
        version = stored?.Version;
        RecordExists = stored?.Payload is not null;
        State = RecordExists
            ? JsonSerializer.Deserialize<TState>(stored!.Payload!, json) ?? Activator.CreateInstance<TState>()
            : Activator.CreateInstance<TState>();
    }

    public async Task WriteStateAsync()
    {
        var payload = JsonSerializer.Serialize(State, json);
        version = await storage.WriteAsync(key, payload, version, projections.Pending);
        projections.Clear();
        RecordExists = true;
    }

    public async Task ClearStateAsync()
    {
        if (version is { } expected)
        {
            version = await storage.ClearAsync(key, expected, projections.Pending);
            projections.Clear();
        }

        RecordExists = false;
        State = Activator.CreateInstance<TState>();
    }
}

/// <summary>What the runtime needs from every persistent state of an activation, whatever its type.</summary>
internal interface IStateHandle
{
    Task ReadStateAsync();
}
