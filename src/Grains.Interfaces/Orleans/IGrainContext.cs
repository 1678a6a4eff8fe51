namespace Orleans.Runtime;

/// <summary>What the runtime tells an activation about itself.</summary>
public interface IGrainContext
{
    /// <summary>The grain this activation serves.</summary>
    GrainId GrainId { get; }

    /// <summary>Services scoped to this activation (its storage, its projection buffer…).</summary>
    IServiceProvider ActivationServices { get; }

    /// <summary>Asks the runtime to deactivate this activation once the current call has finished.</summary>
    void DeactivateOnIdle();
}
