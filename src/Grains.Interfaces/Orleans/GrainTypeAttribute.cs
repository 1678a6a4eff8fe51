namespace Orleans;

/// <summary>
/// The stable name a grain class is stored under. Renaming the class must not orphan its state,
/// so every grain names its type explicitly.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class GrainTypeAttribute(string grainType) : Attribute
{
    public string GrainType { get; } = grainType;
}
