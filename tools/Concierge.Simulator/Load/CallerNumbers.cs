namespace Concierge.Simulator.Load;

/// <summary>
/// Distinct, valid US caller numbers for one run: each simulated caller needs a number of its own, or a scam caller's
/// block would reject the next caller given the same number. A random starting point keeps runs apart.
/// </summary>
public sealed class CallerNumbers(int seed)
{
    private static readonly string[] AreaCodes = ["415", "212", "312", "617", "206", "303", "512", "646", "718", "202"];
    private const int LinesPerArea = 800 * 10_000; // exchanges 200-999, lines 0000-9999

    private readonly int start = new Random(seed).Next(0, AreaCodes.Length * LinesPerArea);
    private int next = -1;

    public CallerNumbers()
        : this(Environment.TickCount)
    {
    }

    public string Next()
    {
        var index = (int)((start + (long)Interlocked.Increment(ref next)) % (AreaCodes.Length * LinesPerArea));
        var line = index % LinesPerArea;
        return $"+1{AreaCodes[index / LinesPerArea]}{200 + (line / 10_000)}{line % 10_000:D4}";
    }
}
