using Concierge.Silo.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans;
using Orleans.Runtime;

namespace Concierge.Silo.Runtime;

/// <summary>
/// One live instance of a grain. Calls run one at a time (a turn each) behind <see cref="gate"/>.
/// A turn that throws leaves the activation usable: its state is re-read from storage, so memory
/// never holds what storage does not.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "The gate is never disposed: callers that raced a deactivation still wait on it, and SemaphoreSlim only needs disposal when its wait handle is used.")]
public sealed class GrainActivation : IGrainContext
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly GrainRuntime runtime;
    private readonly GrainClass grainClass;
    private readonly AsyncServiceScope scope;
    private readonly ProjectionBuffer projections = new();
    private readonly List<IStateHandle> states = [];
    private Grain? grain;
    private bool deactivateRequested;
    private long lastActiveTicks;

    internal GrainActivation(GrainRuntime runtime, GrainClass grainClass, GrainId grainId, IServiceScopeFactory scopes)
    {
        this.runtime = runtime;
        this.grainClass = grainClass;
        GrainId = grainId;
        scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActivationScope>().Bind(this, projections);
        lastActiveTicks = runtime.Time.GetTimestamp();
    }

    public GrainId GrainId { get; }

    public IServiceProvider ActivationServices => scope.ServiceProvider;

    /// <summary>True once deactivated: callers that raced the deactivation go back for a new activation.</summary>
    internal bool IsDeactivated { get; private set; }

    internal TimeSpan IdleFor => runtime.Time.GetElapsedTime(lastActiveTicks);

    public void DeactivateOnIdle() => deactivateRequested = true;

    internal object CreatePersistentState(Type stateType, string stateName, string? storageName)
    {
        var storage = (storageName is null ? null : scope.ServiceProvider.GetKeyedService<IGrainStorage>(storageName))
            ?? scope.ServiceProvider.GetRequiredService<IGrainStorage>();
        var key = new GrainStateKey(grainClass.GrainType, GrainId.Key, stateName);
        var state = Activator.CreateInstance(
            typeof(PersistentState<>).MakeGenericType(stateType), key, storage, projections, runtime.StateJson)!;
        states.Add((IStateHandle)state);
        return state;
    }

    /// <summary>Runs one call as a turn. Throws <see cref="ActivationGoneException"/> if this activation was deactivated meanwhile.</summary>
    internal async Task<TResult> RunTurnAsync<TResult>(GrainMethod method, Func<object, Task<TResult>> call)
    {
        await gate.WaitAsync();
        try
        {
            if (IsDeactivated)
            {
                throw new ActivationGoneException();
            }

            if (grain is null)
            {
                await ActivateAsync();
            }
            else if (runtime.RefreshStateEachCall)
            {
                await ReadStatesAsync();
            }

            TResult result;
            try
            {
                result = await call(grain!);
                if (projections.Pending.Count > 0)
                {
                    throw new InvalidOperationException($"{method.Name} recorded projection rows but wrote no state: rows are only committed with a state write.");
                }
            }
            catch
            {
                await RecoverAfterFailedTurnAsync(method);
                throw;
            }

            if (deactivateRequested)
            {
                await DeactivateAsync(new DeactivationReason(DeactivationReasonCode.ApplicationRequested, "DeactivateOnIdle"));
            }

            return result;
        }
        finally
        {
            lastActiveTicks = runtime.Time.GetTimestamp();
            gate.Release();
        }
    }

    /// <summary>Deactivates if no call is running or waiting and the activation is still idle; false when busy.</summary>
    internal async Task<bool> TryDeactivateIdleAsync(TimeSpan idleAge, DeactivationReason reason)
    {
        if (!await gate.WaitAsync(0))
        {
            return false;
        }

        try
        {
            if (IsDeactivated || IdleFor < idleAge)
            {
                return false;
            }

            await DeactivateAsync(reason);
            return true;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task ActivateAsync()
    {
        try
        {
            grain = grainClass.Constructor.Create(this);
            await ReadStatesAsync();
            await grain.OnActivateAsync(CancellationToken.None);
        }
        catch
        {
            grain = null;
            await RetireAsync();
            throw;
        }
    }

    private async Task ReadStatesAsync()
    {
        foreach (var state in states)
        {
            await state.ReadStateAsync();
        }
    }

    private async Task RecoverAfterFailedTurnAsync(GrainMethod method)
    {
        projections.Clear();
        try
        {
            await ReadStatesAsync();
        }
        catch (Exception e)
        {
            // The store is unreachable: drop the activation so the next call starts clean from storage.
            runtime.Logger.LogWarning(e, "Could not re-read state of {GrainId} after {Method} failed; deactivating it", GrainId.ForLogs(), method.Name);
            await DeactivateAsync(new DeactivationReason(DeactivationReasonCode.ActivationFailed, "state reload failed"));
        }
    }

    /// <summary>Runs <see cref="Grain.OnDeactivateAsync"/> and retires the activation. The caller holds the gate.</summary>
    private async Task DeactivateAsync(DeactivationReason reason)
    {
        try
        {
            if (grain is not null)
            {
                await grain.OnDeactivateAsync(reason, CancellationToken.None);
            }
        }
        catch (Exception e)
        {
            runtime.Logger.LogWarning(e, "OnDeactivateAsync of {GrainId} threw", GrainId.ForLogs());
        }
        finally
        {
            await RetireAsync();
        }
    }

    private async Task RetireAsync()
    {
        IsDeactivated = true;
        runtime.Forget(this);
        await scope.DisposeAsync();
    }

    /// <summary>Deactivates during shutdown, waiting for the running turn to finish.</summary>
    internal async Task DeactivateForShutdownAsync()
    {
        await gate.WaitAsync();
        try
        {
            if (!IsDeactivated)
            {
                await DeactivateAsync(new DeactivationReason(DeactivationReasonCode.ShuttingDown, "runtime stopping"));
            }
        }
        finally
        {
            gate.Release();
        }
    }
}

/// <summary>The activation was deactivated while a call waited for it; the call goes to a new activation.</summary>
internal sealed class ActivationGoneException : Exception
{
    public ActivationGoneException() : base("The activation was deactivated.")
    {
    }

    public ActivationGoneException(string message) : base(message)
    {
    }

    public ActivationGoneException(string message, Exception innerException) : base(message, innerException)
    {
    }
}

/// <summary>Per-activation services: lets the activation's DI scope hand out its context and projection writer.</summary>
internal sealed class ActivationScope
{
    public GrainActivation? Activation { get; private set; }

    public ProjectionBuffer? Projections { get; private set; }

    public void Bind(GrainActivation activation, ProjectionBuffer projections)
    {
        Activation = activation;
        Projections = projections;
    }
}
