using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Concierge.Grains.Interfaces.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Orleans.Storage;

namespace Concierge.Silo.Storage;

/// <summary>
/// Orleans grain storage over the <see cref="SqlStore"/>. It commits the projection rows the writing activation recorded
/// (its own <see cref="ProjectionBuffer"/>, from the activation's service scope) in the same transaction as its state. One
/// instance serves every activation: Orleans keeps a bridge for each storage instance it is given and never lets go of
/// it, so a storage per activation kept every activation's storage and buffer in memory for the life of the process.
/// State is JSON, as it always was: databases written before Orleans stay readable.
/// </summary>
public sealed class SqlGrainStorage(SqlStore store, IGrainContextAccessor activations) : IGrainStorage
{
    /// <summary>How state is stored: the web defaults (camelCase), unchanged since the first release.</summary>
    public static JsonSerializerOptions StateJson { get; } = new(JsonSerializerDefaults.Web);

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ReadStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        WriteStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ClearStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken) =>
        ReachStoreAsync(async () =>
        {
            var stored = await store.ReadAsync(Key(stateName, grainId), cancellationToken);
            grainState.ETag = Etag(stored?.Version);
            grainState.RecordExists = stored?.Payload is not null;
            grainState.State = grainState.RecordExists
                ? JsonSerializer.Deserialize<T>(stored!.Payload!, StateJson) ?? Activator.CreateInstance<T>()
                : Activator.CreateInstance<T>();
        });

    /// <summary>
    /// Commits the state with the projection rows the activation recorded. <paramref name="cancellationToken"/> is the
    /// turn's (the grain passes the token of the call it serves): once its caller gave up, nothing is committed.
    /// </summary>
    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken) =>
        ReachStoreAsync(async () =>
        {
            var projections = Projections;
            var payload = JsonSerializer.Serialize(grainState.State, StateJson);
            var version = await store.WriteAsync(Key(stateName, grainId), payload, Version(grainState.ETag), projections.Pending, cancellationToken);
            projections.Clear();
            grainState.ETag = Etag(version);
            grainState.RecordExists = true;
        });

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken) =>
        ReachStoreAsync(async () =>
        {
            if (Version(grainState.ETag) is { } expected)
            {
                var projections = Projections;
                grainState.ETag = Etag(await store.ClearAsync(Key(stateName, grainId), expected, projections.Pending, cancellationToken));
                projections.Clear();
            }

            grainState.RecordExists = false;
            grainState.State = Activator.CreateInstance<T>();
        });

    /// <summary>The rows the activation writing now recorded: Orleans calls its storage within that activation's turn.</summary>
    private ProjectionBuffer Projections => activations.GrainContext.ActivationServices.GetRequiredService<ProjectionBuffer>();

    /// <summary>The row a grain's state lives in: its type name (e.g. "call") and key, as the store has always keyed it.</summary>
    public static GrainStateKey Key(string stateName, GrainId grainId) => new(grainId.Type.ToString()!, grainId.Key.ToString()!, stateName);

    /// <summary>
    /// A store that cannot be reached, or not in time (<see cref="SqlDialect.LockWait"/>), fails the call with an exception
    /// every silo can carry back to its caller. A cancelled turn stays an <see cref="OperationCanceledException"/>.
    /// </summary>
    private async Task ReachStoreAsync(Func<Task> work)
    {
        try
        {
            await work();
        }
        catch (Exception e) when (e is DbException or TimeoutException)
        {
            throw new StoreUnavailableException($"The {store.ProviderName} store is unavailable: {e.Message}");
        }
    }

    private static string? Etag(long? version) => version?.ToString(CultureInfo.InvariantCulture);

    private static long? Version(string? etag) => etag is null ? null : long.Parse(etag, CultureInfo.InvariantCulture);
}
