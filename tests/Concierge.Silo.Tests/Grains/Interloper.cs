using System.Text.Json;
using Concierge.Silo.Storage;

namespace Concierge.Silo.Tests.Grains;

/// <summary>Plays "another node": writes the contested grain's record behind the activation's back.</summary>
public sealed class Interloper(IGrainStorage storage)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web); // what the runtime stores state as

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
        var stored = await storage.ReadAsync(key);
        var current = stored?.Payload is { } payload
            ? JsonSerializer.Deserialize<ContestedState>(payload, Json)!
            : new ContestedState();
        current.Entries.Add($"interloper-{++Writes}");
        await storage.WriteAsync(key, JsonSerializer.Serialize(current, Json), stored?.Version, []);
    }
}
