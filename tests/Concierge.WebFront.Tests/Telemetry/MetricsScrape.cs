using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Concierge.WebFront.Tests.Telemetry;

/// <summary>The Prometheus text at <c>/metrics</c>, and the values of its series.</summary>
public sealed class MetricsScrape(string text)
{
    public string Text { get; } = text;

    public static async Task<MetricsScrape> ReadAsync(HttpClient http)
    {
        using var response = await http.GetAsync(new Uri("/metrics", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"/metrics answered {(int)response.StatusCode}: {text}");
        return new MetricsScrape(text);
    }

    /// <summary>The value of the series <paramref name="name"/> carrying every label in <paramref name="labels"/> (others may be there too).</summary>
    public double? Value(string name, params (string Label, string Value)[] labels) =>
        Text.Split('\n')
            .Where(line => line.StartsWith(name + "{", StringComparison.Ordinal) || line.StartsWith(name + " ", StringComparison.Ordinal))
            .Where(line => labels.All(l => line.Contains($"{l.Label}=\"{l.Value}\"", StringComparison.Ordinal)))
            .Select(line => Regex.Match(line, @"[}\s]\s*([0-9.eE+-]+|\+Inf|NaN)(\s+\d+)?\s*$"))
            .Where(match => match.Success)
            .Select(match => (double?)double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture))
            .FirstOrDefault();
}
