using Orleans.Runtime;

namespace Concierge.Silo.Runtime;

/// <summary>
/// The grains the current call passes through. Turns do not interleave, so a grain that calls back into
/// a grain already waiting on it would wait forever; this turns that deadlock into an immediate error.
/// </summary>
internal sealed class CallChain
{
    private static readonly AsyncLocal<CallChain?> Current = new();

    private readonly GrainId grain;
    private readonly CallChain? caller;

    private CallChain(GrainId grain, CallChain? caller)
    {
        this.grain = grain;
        this.caller = caller;
    }

    /// <summary>Records <paramref name="target"/> as the grain this async flow now runs in.</summary>
    /// <remarks>Called at the top of an async method: the change is undone when that method returns.</remarks>
    public static void Enter(GrainId target)
    {
        for (var link = Current.Value; link is not null; link = link.caller)
        {
            if (link.grain == target)
            {
                throw new InvalidOperationException($"Deadlock: {target.ForLogs()} is called while it is waiting for its own call to return ({Describe(target)}). Grains are not reentrant.");
            }
        }

        Current.Value = new CallChain(target, Current.Value);
    }

    private static string Describe(GrainId target)
    {
        var path = new List<string> { target.ForLogs() };
        for (var link = Current.Value; link is not null; link = link.caller)
        {
            path.Add(link.grain.ForLogs());
        }

        path.Reverse();
        return string.Join(" → ", path);
    }
}
