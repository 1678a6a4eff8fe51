namespace Orleans.Runtime;

/// <summary>Identity of one grain: its type name (stable, used as the storage key) and its key.</summary>
public readonly record struct GrainId(string Type, string Key)
{
    public override string ToString() => $"{Type}/{Key}";
}
