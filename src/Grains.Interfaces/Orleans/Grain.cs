using Orleans.Runtime;

namespace Orleans;

/// <summary>
/// Base class of grain implementations. Calls into one activation run one at a time, in turns;
/// different grains run in parallel.
/// </summary>
public abstract class Grain
{
    protected Grain()
    {
        GrainContext = RuntimeContext.Current
            ?? throw new InvalidOperationException("Grains are created by the grain runtime, not with 'new'.");
    }

    /// <summary>The runtime's view of this activation.</summary>
    public IGrainContext GrainContext { get; }

    /// <summary>Creates references to other grains.</summary>
    protected IGrainFactory GrainFactory =>
        (IGrainFactory)(GrainContext.ActivationServices.GetService(typeof(IGrainFactory))
            ?? throw new InvalidOperationException("No IGrainFactory registered."));

    /// <summary>Runs once, before the first call, after persistent state has been read.</summary>
    public virtual Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs once when the activation is collected (idle) or the runtime stops.</summary>
    public virtual Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Deactivates this activation after the current call; the next call creates a new one.</summary>
    protected void DeactivateOnIdle() => GrainContext.DeactivateOnIdle();
}
