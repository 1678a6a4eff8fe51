namespace Orleans.Runtime;

/// <summary>
/// The activation being constructed on this thread. Orleans passes the context to <see cref="Grain"/>'s
/// constructor the same way, so grains keep parameterless base constructors and primary constructors.
/// </summary>
internal static class RuntimeContext
{
    [ThreadStatic]
    private static IGrainContext? current;

    internal static IGrainContext? Current => current;

    internal static IDisposable Enter(IGrainContext context)
    {
        current = context;
        return new Exit();
    }

    private sealed class Exit : IDisposable
    {
        public void Dispose() => current = null;
    }
}
