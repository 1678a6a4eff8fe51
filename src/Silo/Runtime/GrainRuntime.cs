using System.Collections.Concurrent;
using System.Text.Json;
using Concierge.Silo.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Runtime;
using Orleans.Storage;

namespace Concierge.Silo.Runtime;

/// <summary>
/// The grain runtime of one process: at most one activation per grain, created on first call and
/// collected when idle. Calls into one activation run in turns; calls to different grains run in parallel.
/// Several processes may share one store: the ETag check makes a stale write fail, and the turn that
/// lost is re-run on freshly read state.
/// </summary>
public sealed class GrainRuntime : IGrainFactory
{
    private readonly ConcurrentDictionary<GrainId, GrainActivation> activations = new();
    private readonly GrainTypeRegistry registry;
    private readonly IServiceScopeFactory scopes;
    private readonly SiloOptions options;

    public GrainRuntime(
        GrainTypeRegistry registry,
        IServiceScopeFactory scopes,
        IGrainStorage storage,
        IOptions<SiloOptions> options,
        TimeProvider time,
        ILogger<GrainRuntime> logger)
    {
        this.registry = registry;
        this.scopes = scopes;
        this.options = options.Value;
        Time = time;
        Logger = logger;
        RefreshStateEachCall = this.options.RefreshStateEachCall ?? storage.IsShared;
    }

    internal TimeProvider Time { get; }

    internal ILogger Logger { get; }

    internal bool RefreshStateEachCall { get; }

    internal JsonSerializerOptions StateJson { get; } = new(JsonSerializerDefaults.Web);

    /// <summary>How many activations are live in this process.</summary>
    public int ActivationCount => activations.Count;

    public TGrainInterface GetGrain<TGrainInterface>(string primaryKey)
        where TGrainInterface : IGrainWithStringKey
    {
        ArgumentException.ThrowIfNullOrEmpty(primaryKey);
        var grainClass = registry.Resolve(typeof(TGrainInterface));
        return GrainReference.Create<TGrainInterface>(this, new GrainId(grainClass.GrainType, primaryKey));
    }

    internal async Task<TResult> InvokeAsync<TResult>(GrainId id, GrainMethod method, Func<object, Task<TResult>> call)
    {
        CallChain.Enter(id);
        for (var attempt = 1; ; attempt++)
        {
            var activation = activations.GetOrAdd(id, CreateActivation);
            try
            {
                return await activation.RunTurnAsync(method, call);
            }
            catch (ActivationGoneException)
            {
                attempt--; // not a conflict: the activation was collected while this call queued for it
            }
            catch (InconsistentStateException e) when (attempt <= options.MaxConflictRetries)
            {
                Logger.LogDebug(e, "{Method} on {GrainId} lost an ETag race (attempt {Attempt}); re-running on fresh state", method.Name, id.ForLogs(), attempt);
                await Task.Delay(Backoff(attempt));
            }
            catch (InconsistentStateException e)
            {
                throw new InconsistentStateException(
                    $"{method.Name} on {id.ForLogs()} lost {attempt} ETag races in a row: another node keeps writing this grain. The call was not applied.", e);
            }
        }
    }

    /// <summary>Deactivates activations idle for at least <paramref name="idleAge"/>; returns how many.</summary>
    public async Task<int> CollectIdleAsync(TimeSpan idleAge)
    {
        var collected = 0;
        var reason = new DeactivationReason(DeactivationReasonCode.ActivationIdle, $"idle for {idleAge}");
        foreach (var activation in activations.Values)
        {
            if (activation.IdleFor >= idleAge && await activation.TryDeactivateIdleAsync(idleAge, reason))
            {
                collected++;
            }
        }

        return collected;
    }

    /// <summary>Deactivates every activation, letting running turns finish first.</summary>
    public async Task DeactivateAllAsync()
    {
        await Task.WhenAll(activations.Values.Select(a => a.DeactivateForShutdownAsync()));
    }

    internal void Forget(GrainActivation activation) =>
        activations.TryRemove(new KeyValuePair<GrainId, GrainActivation>(activation.GrainId, activation));

    private GrainActivation CreateActivation(GrainId id)
    {
        var grainClass = registry.Resolve(id.Type);
        return new GrainActivation(this, grainClass, id, scopes);
    }

    /// <summary>Exponential backoff with full jitter (up to 1, 2, 4 … 64 ms): racing nodes spread out instead of colliding again in step.</summary>
    private static TimeSpan Backoff(int attempt) =>
        TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * (1 << Math.Min(attempt - 1, 6)));
}
