using System.Collections.Frozen;
using System.Reflection;
using Orleans;

namespace Concierge.Silo.Runtime;

/// <summary>Which class implements each grain interface, found by scanning the configured assemblies once.</summary>
public sealed class GrainTypeRegistry
{
    private readonly FrozenDictionary<Type, GrainClass> byInterface;
    private readonly FrozenDictionary<string, GrainClass> byName;

    public GrainTypeRegistry(IEnumerable<Assembly> assemblies)
    {
        var map = new Dictionary<Type, GrainClass>();
        var names = new Dictionary<string, GrainClass>(StringComparer.Ordinal);
        foreach (var type in assemblies.Distinct().SelectMany(a => a.GetTypes()))
        {
            if (type.IsAbstract || !type.IsSubclassOf(typeof(Grain)))
            {
                continue;
            }

            var grainType = type.GetCustomAttribute<GrainTypeAttribute>()?.GrainType
                ?? throw new InvalidOperationException($"Grain class {type.FullName} needs a [GrainType(\"…\")] attribute: its stored state is keyed by that name.");
            var grainClass = new GrainClass(type, grainType, GrainConstructor.For(type));
            if (!names.TryAdd(grainType, grainClass))
            {
                throw new InvalidOperationException($"Grain type name '{grainType}' is used by both {names[grainType].Type.FullName} and {type.FullName}.");
            }

            foreach (var contract in type.GetInterfaces().Where(IsGrainContract))
            {
                if (!map.TryAdd(contract, grainClass))
                {
                    throw new InvalidOperationException($"Grain interface {contract.Name} is implemented by both {map[contract].Type.Name} and {type.Name}.");
                }

                foreach (var method in contract.GetMethods())
                {
                    GrainMethod.For(method); // fail at start-up, not on the first call, for a method the runtime cannot call
                }
            }
        }

        byInterface = map.ToFrozenDictionary();
        byName = names.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The grain class serving <paramref name="grainInterface"/>.</summary>
    public GrainClass Resolve(Type grainInterface) =>
        byInterface.TryGetValue(grainInterface, out var grainClass)
            ? grainClass
            : throw new InvalidOperationException($"No grain class implements {grainInterface.Name}. Is its assembly in SiloOptions.GrainAssemblies?");

    /// <summary>The grain class stored under <paramref name="grainType"/>.</summary>
    public GrainClass Resolve(string grainType) =>
        byName.TryGetValue(grainType, out var grainClass)
            ? grainClass
            : throw new InvalidOperationException($"No grain class has the type name '{grainType}'.");

    private static bool IsGrainContract(Type type) =>
        typeof(IGrain).IsAssignableFrom(type) && type != typeof(IGrain) && type != typeof(IGrainWithStringKey);
}

/// <summary>A grain class, the name its state is stored under, and how to construct it.</summary>
public sealed record GrainClass(Type Type, string GrainType, GrainConstructor Constructor);
