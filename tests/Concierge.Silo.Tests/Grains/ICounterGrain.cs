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

    /// <summary>Records a projection row without writing state: a programming error the runtime refuses.</summary>
    Task LogWithoutWriteAsync(string label);

    /// <summary>Calls <paramref name="otherKey"/>, which calls this grain back.</summary>
    Task CallBackThroughAsync(string otherKey);

    /// <summary>Calls the grain <paramref name="callerKey"/> (used by <see cref="CallBackThroughAsync"/>).</summary>
    Task PingAsync(string callerKey);

    /// <summary>Waits until <paramref name="expected"/> grains are inside this method at once.</summary>
    Task MeetAsync(int expected);

    /// <summary>Asks to be deactivated after this call.</summary>
    Task RetireAsync();
}
