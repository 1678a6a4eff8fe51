using System.Text.Json;
using Concierge.Silo.Storage;

namespace Concierge.Silo.Tests.Grains;

/// <summary>Plays "another writer": writes the contested grain's record behind the activation's back.</summary>
public sealed class Interloper(SqlStore store)
{
    private int remaining;

    public int Writes { get; private set; }

    /// <summary>The next <paramref name="count"/> turns each find the record changed under them.</summary>
    public void InterfereWith(int count) => remaining = count;

    public async Task MaybeWriteFirstAsync(string grainKey)
    {
        if (remaining == 0)
        {
            return;
        }

        remaining--;
        var key = new GrainStateKey("test-contested", grainKey, "entries");
        var stored = await store.ReadAsync(key);
        var current = stored?.Payload is { } payload
            ? JsonSerializer.Deserialize<ContestedState>(payload, SqlGrainStorage.StateJson)!
            : new ContestedState();
        current.Entries.Add($"interloper-{++Writes}");
        await store.WriteAsync(key, JsonSerializer.Serialize(current, SqlGrainStorage.StateJson), stored?.Version, []);
    }
}
