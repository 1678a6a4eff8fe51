using System.Reflection;

namespace Concierge.Silo.Runtime;

/// <summary>Grain runtime settings (configuration section <c>Concierge:Silo</c>).</summary>
public sealed class SiloOptions
{
    public const string SectionName = "Concierge:Silo";

    /// <summary>An activation idle this long is deactivated (its state stays in storage).</summary>
    public TimeSpan CollectionAge { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often idle activations are looked for.</summary>
    public TimeSpan CollectionQuantum { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How many times a turn that lost an ETag race (another node wrote first) is re-run on freshly read state before
    /// the call fails. Two nodes hammering one grain win about half their races each, so the bound is generous
    /// (losing 30 in a row is about one in a billion) while still ending a pathological storm in about 1.5 s.
    /// </summary>
    public int MaxConflictRetries { get; set; } = 30;

    /// <summary>
    /// Re-read persistent state at the start of every call. Needed when other nodes write the same store
    /// (otherwise a read-only call could answer from a stale copy); null = decided by the storage provider.
    /// </summary>
    public bool? RefreshStateEachCall { get; set; }

    /// <summary>Assemblies scanned for grain classes.</summary>
    public IList<Assembly> GrainAssemblies { get; } = [];
}
