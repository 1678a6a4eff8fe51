using System.CommandLine;
using Concierge.Simulator;
using Concierge.TestSupport;

namespace Concierge.WebFront.Tests.Simulator;

/// <summary>The simulator's command line against the built app running as a process, as a newcomer would use it.</summary>
public sealed class SimulatorCommandTests : IDisposable
{
    private readonly TempDirectory directory = new();
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    [Fact]
    public async Task SimulatorPlacesSignedCallsAgainstTheRunningAppAndEndsWithASummary()
    {
        await using var app = await WebFrontProcess.StartAsync(directory.Path, ConciergeEnvironment.Sqlite(directory.File("concierge.db")));

        var exitCode = await RunAsync(
            "--url", app.BaseAddress.ToString(), "--public-base-url", ConciergeEnvironment.PublicBaseUrl, "--auth-token", ConciergeEnvironment.AuthToken,
            "--calls", "7", "--concurrency", "3");

        Assert.True(exitCode == 0, $"{output}\n{error}");
        var summary = output.ToString();
        Assert.Contains("7 callers, 9 calls in", summary, StringComparison.Ordinal);
        Assert.Matches(@"transferred\s+\d", summary);
        Assert.Matches(@"voice\s+9\s", summary);
        Assert.Contains("Errors: 0", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongAuthTokenFailsEveryCallAndTheExitCodeSaysSo()
    {
        await using var app = await WebFrontProcess.StartAsync(directory.Path, ConciergeEnvironment.Sqlite(directory.File("concierge.db")));

        var exitCode = await RunAsync("--url", app.BaseAddress.ToString(), "--public-base-url", ConciergeEnvironment.PublicBaseUrl, "--auth-token", "wrong", "-n", "2", "-s", "sales");

        Assert.Equal(1, exitCode);
        Assert.Contains("Errors: 2", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("answered 403", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownScenarioStopsBeforeAnyCallNamingTheKnownOnes()
    {
        var exitCode = await RunAsync("--auth-token", "t", "--scenario", "telemarketer");

        Assert.Equal(2, exitCode);
        Assert.Contains("No scenario 'telemarketer'", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(output.ToString());
    }

    private Task<int> RunAsync(params string[] args) =>
        SimulatorCommand.Create().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });

    public void Dispose()
    {
        output.Dispose();
        error.Dispose();
        directory.Dispose();
    }
}
