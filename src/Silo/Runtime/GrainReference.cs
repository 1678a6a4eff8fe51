using System.Reflection;
using Orleans.Runtime;

namespace Concierge.Silo.Runtime;

/// <summary>
/// The object a caller holds for a grain: every interface call becomes a turn on the grain's activation.
/// (Orleans generates these; here <see cref="DispatchProxy"/> builds them at run time.)
/// </summary>
public class GrainReference : DispatchProxy
{
    private GrainRuntime? runtime;

    /// <summary>The grain this reference addresses.</summary>
    public GrainId GrainId { get; private set; }

    internal static TGrainInterface Create<TGrainInterface>(GrainRuntime runtime, GrainId id)
    {
        var proxy = Create<TGrainInterface, GrainReference>();
        var reference = (GrainReference)(object)proxy!;
        reference.runtime = runtime;
        reference.GrainId = id;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        return GrainMethod.For(targetMethod).Dispatch(runtime!, GrainId, args ?? []);
    }

    public override string ToString() => $"GrainReference:{GrainId}";
}
