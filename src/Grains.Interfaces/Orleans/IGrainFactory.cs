namespace Orleans;

/// <summary>Hands out references to grains; the grain activates on its first call.</summary>
public interface IGrainFactory
{
    /// <summary>Gets a reference to the grain of type <typeparamref name="TGrainInterface"/> with the given key.</summary>
    TGrainInterface GetGrain<TGrainInterface>(string primaryKey)
        where TGrainInterface : IGrainWithStringKey;
}
