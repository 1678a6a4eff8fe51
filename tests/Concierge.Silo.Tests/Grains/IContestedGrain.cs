using Orleans;

namespace Concierge.Silo.Tests.Grains;

public interface IContestedGrain : IGrainWithStringKey
{
    /// <summary>Appends <paramref name="entry"/>; an interloper may write the same record first.</summary>
    Task AppendAsync(string entry);

    Task<IReadOnlyList<string>> GetAsync();
}
