using System.Globalization;

namespace Concierge.WebFront.Dashboard.Charts;

/// <summary>Numbers as SVG attributes need them, whatever the server's culture ("12.5", never "12,5").</summary>
public static class Svg
{
    public static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
