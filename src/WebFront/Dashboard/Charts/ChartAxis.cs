namespace Concierge.WebFront.Dashboard.Charts;

/// <summary>A count axis from 0 to a round maximum, in at most five steps of 1, 2 or 5 times a power of ten.</summary>
public sealed record ChartAxis(long Max, long Step)
{
    private const int MaxSteps = 5;

    public static ChartAxis For(long largest)
    {
        for (long magnitude = 1; ; magnitude *= 10)
        {
            foreach (var multiple in (ReadOnlySpan<long>)[1, 2, 5])
            {
                var step = multiple * magnitude;
                if (step * MaxSteps >= largest)
                {
                    return new ChartAxis(Math.Max(step, (largest + step - 1) / step * step), step);
                }
            }
        }
    }

    /// <summary>0, Step, 2·Step … Max.</summary>
    public IEnumerable<long> Ticks
    {
        get
        {
            for (var value = 0L; value <= Max; value += Step)
            {
                yield return value;
            }
        }
    }
}
