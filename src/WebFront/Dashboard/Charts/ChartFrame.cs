namespace Concierge.WebFront.Dashboard.Charts;

/// <summary>
/// The drawing area every chart shares, in SVG user units: the SVG scales to its container through its viewBox, so
/// one geometry serves a phone and a desktop.
/// </summary>
public sealed record ChartFrame(ChartAxis Axis)
{
    public const double Width = 640;
    public const double Height = 240;
    public const double Left = 48;
    public const double Right = 24;
    public const double Top = 12;
    public const double Bottom = 30;

    public static string ViewBox => FormattableString.Invariant($"0 0 {Width} {Height}");

    public static double PlotWidth => Width - Left - Right;

    public static double Baseline => Height - Bottom;

    public static double PlotHeight => Baseline - Top;

    /// <summary>The y of <paramref name="value"/> on the axis.</summary>
    public double Y(long value) => Baseline - (PlotHeight * value / Axis.Max);

    /// <summary>The height of a bar of <paramref name="value"/>.</summary>
    public double BarHeight(long value) => PlotHeight * value / Axis.Max;

    /// <summary>Horizontal gridlines with their labels.</summary>
    public IReadOnlyList<AxisTick> Ticks => [.. Axis.Ticks.Select(value => new AxisTick(value, Y(value)))];

    /// <summary>The x where slot <paramref name="index"/> of <paramref name="count"/> begins (the boundary with the slot before it).</summary>
    public static double SlotStart(int index, int count) => Left + (index * PlotWidth / count);

    /// <summary>The x and width of bar <paramref name="index"/> of <paramref name="count"/>, with a gap between bars.</summary>
    public static (double X, double Width) Slot(int index, int count)
    {
        var slot = PlotWidth / count;
        return (SlotStart(index, count) + (slot * 0.15), slot * 0.7);
    }
}

public sealed record AxisTick(long Value, double Y);
