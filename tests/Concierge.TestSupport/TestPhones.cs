using System.Globalization;

namespace Concierge.TestSupport;

/// <summary>
/// Caller numbers for tests, each handed out once per test process, so two tests sharing an app never share a
/// caller's history, block flag or exception entry (random numbers did, now and then: 10,000 of them for ~1,500 tests).
/// They are valid US numbers (area code 415, exchange 2xx-9xx, as Google's metadata requires) in the 415-2xx block
/// that no fixed number in the tests uses.
/// </summary>
public static class TestPhones
{
    private const long First = 14152000000;
    private const long Last = 14152999999;

    private static long issued = First - 1;

    /// <summary>A number no other caller of this test process has.</summary>
    public static string Next()
    {
        var number = Interlocked.Increment(ref issued);
        return number <= Last
            ? "+" + number.ToString(CultureInfo.InvariantCulture)
            : throw new InvalidOperationException("The test process has used every number of its block (a million).");
    }
}
