using System.Reflection;

namespace Concierge.Grains;

/// <summary>Points the runtime at the assembly holding Concierge's grain classes.</summary>
public static class GrainsAssembly
{
    public static Assembly Assembly => typeof(GrainsAssembly).Assembly;
}
