using Orleans;

namespace Concierge.Silo.Tests.Grains;

public interface ICounterGrain : IGrainWithStringKey
{
    /// <summary>Reads, increments and writes the counter; records the new value in the concurrency probe.</summary>
    Task<int> IncrementAsync();

    Task<int> GetAsync();

    /// <summary>Changes the counter in memory, then throws before writing.</summary>
    Task IncrementThenThrowAsync();

    /// <summary>Increments and records a projection row in the same write.</summary>
    Task IncrementAndLogAsync(string label);

    /// <summary>Records a projection row, then throws: the row must not reach the table.</summary>
    Task LogThenThrowAsync(string label);

    /// <summary>Records a projection row without writing state: a programming error the silo refuses.</summary>
    Task LogWithoutWriteAsync(string label);

    /// <summary>Waits until <paramref name="expected"/> grains are inside this method for <paramref name="meeting"/> at once.</summary>
    Task MeetAsync(string meeting, int expected);

    /// <summary>Asks to be deactivated after this call.</summary>
    Task RetireAsync();
}
