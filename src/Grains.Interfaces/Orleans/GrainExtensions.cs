namespace Orleans;

public static class GrainExtensions
{
    /// <summary>The string key this grain was addressed with.</summary>
    public static string GetPrimaryKeyString(this Grain grain) => grain.GrainContext.GrainId.Key;
}
