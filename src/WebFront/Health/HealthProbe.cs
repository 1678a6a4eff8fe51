using System.Globalization;

namespace Concierge.WebFront.Health;

/// <summary>
/// <c>dotnet Concierge.WebFront.dll --health-probe</c>: asks the app already running in this container for
/// <c>/health/live</c> and exits 0 when it answers 2xx, 1 otherwise. The Dockerfile's HEALTHCHECK runs it because the
/// aspnet image has no curl or wget, and a probe built into the app needs nothing added to the image.
/// </summary>
public static class HealthProbe
{
    public const string Argument = "--health-probe";

    /// <summary>The port when <c>ASPNETCORE_HTTP_PORTS</c> is unset: the aspnet image's default.</summary>
    public const int DefaultPort = 8080;

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public static bool IsRequested(IReadOnlyList<string> args) => args.Contains(Argument, StringComparer.Ordinal);

    public static async Task<int> RunAsync(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var url = new Uri($"http://127.0.0.1:{LocalPort(Environment.GetEnvironmentVariable("ASPNETCORE_HTTP_PORTS"))}/health/live");
        using var http = new HttpClient { Timeout = Timeout };
        try
        {
            using var response = await http.GetAsync(url);
            await output.WriteLineAsync($"{url} answered {(int)response.StatusCode}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            await output.WriteLineAsync($"{url} did not answer: {e.Message}");
            return 1;
        }
    }

    /// <summary>The first port of <c>ASPNETCORE_HTTP_PORTS</c> ("8080" or "8080;8081").</summary>
    internal static int LocalPort(string? httpPorts)
    {
        var first = (httpPorts ?? "").Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        return int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and <= 65535 ? port : DefaultPort;
    }
}
