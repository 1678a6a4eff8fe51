using System.Globalization;
using Concierge.TestSupport;
using Concierge.WebFront.Health;

namespace Concierge.WebFront.Tests.Health;

/// <summary>The container's HEALTHCHECK: the app's own probe mode, since the aspnet image has no curl or wget.</summary>
public sealed class HealthProbeTests : IDisposable
{
    private readonly TempDirectory directory = new();

    [Fact]
    public async Task ProbeExitsZeroWhenTheAppOnTheConfiguredPortIsLive()
    {
        var port = FreePort.Next();
        await using var app = await WebFrontProcess.StartAsync(directory.Path, port: port);

        var (exitCode, output) = await Probe(port);

        Assert.True(exitCode == 0, output);
        Assert.Contains("/health/live answered 200", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProbeExitsOneWhenNothingAnswers()
    {
        var (exitCode, output) = await Probe(FreePort.Next());

        Assert.Equal(1, exitCode);
        Assert.Contains("did not answer", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, 8080)]
    [InlineData("", 8080)]
    [InlineData("5000", 5000)]
    [InlineData("8081;8082", 8081)]
    [InlineData("not-a-port", 8080)]
    public void ProbePortIsTheFirstOfAspNetCoreHttpPorts(string? httpPorts, int expected)
    {
        Assert.Equal(expected, HealthProbe.LocalPort(httpPorts));
    }

    public void Dispose() => directory.Dispose();

    private static Task<(int ExitCode, string Output)> Probe(int port) =>
        WebFrontProcess.RunToEndAsync([HealthProbe.Argument], new Dictionary<string, string> { ["ASPNETCORE_HTTP_PORTS"] = port.ToString(CultureInfo.InvariantCulture) });
}
