using System.CommandLine;
using Concierge.Simulator;
using Concierge.TestSupport;
using Concierge.WebFront.StartUp;

namespace Concierge.WebFront.Tests.FirstRun;

/// <summary>
/// A fresh clone's run (Development, nothing configured) as the built app: it prints a banner once it listens, and the
/// simulator command in it places calls that the app answers, signed with the local token it generated and kept.
/// </summary>
public sealed class FirstRunTests : IDisposable
{
    private readonly TempDirectory directory = new();

    [Fact]
    public async Task TheSimulatorCommandTheBannerPrintsPlacesCallsTheAppAnswers()
    {
        await using var app = await StartUnconfiguredAsync();
        var arguments = await SimulatorArgumentsAsync(app);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await SimulatorCommand.Create().Parse([.. arguments, "--calls", "2", "--scenario", "sales"])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error });

        Assert.True(exitCode == 0, $"{output}\n{error}\n{app.Output}");
        Assert.Contains("Errors: 0", output.ToString(), StringComparison.Ordinal);
        Assert.Contains(app.BaseAddress.ToString().TrimEnd('/'), arguments);
    }

    [Fact]
    public async Task TheLocalTokenIsKeptBesideTheDatabaseAndUsedAgainOnTheNextStart()
    {
        string first;
        await using (var app = await StartUnconfiguredAsync())
        {
            first = Token(await SimulatorArgumentsAsync(app));
        }

        await using var again = await StartUnconfiguredAsync();

        Assert.Equal(first, Token(await SimulatorArgumentsAsync(again)));
        Assert.Equal(first, (await File.ReadAllTextAsync(directory.File(Path.Combine("data", "twilio-auth-token")))).Trim());
        Assert.True(File.Exists(directory.File(Path.Combine("data", "concierge.db"))));
    }

    [Fact]
    public async Task TheBannerSaysWhereTheDataIsWhichScreenerRunsAndThatNoOwnerPhoneIsSet()
    {
        await using var app = await StartUnconfiguredAsync();
        await SimulatorArgumentsAsync(app);

        Assert.Contains($"Dashboard:    {app.BaseAddress}", app.Output, StringComparison.Ordinal);
        Assert.Contains($"Database:     {directory.File(Path.Combine("data", "concierge.db"))}", app.Output, StringComparison.Ordinal);
        Assert.Contains("Screener:     offline rules", app.Output, StringComparison.Ordinal);
        Assert.Contains("Owner phone:  not set", app.Output, StringComparison.Ordinal);
    }

    public void Dispose() => directory.Dispose();

    private Task<WebFrontProcess> StartUnconfiguredAsync() => WebFrontProcess.StartAsync(directory.Path, new Dictionary<string, string>
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["Concierge__Twilio__AuthToken"] = "",
        ["Concierge__Twilio__PublicBaseUrl"] = "",
    });

    /// <summary>The arguments after <c>--</c> in the banner's simulator command, once the banner is out.</summary>
    private static async Task<string[]> SimulatorArgumentsAsync(WebFrontProcess app)
    {
        var command = $"dotnet run --project {StartBanner.SimulatorProject} -- ";
        for (var waited = 0; waited < 100; waited++)
        {
            if (app.Output.Split('\n').FirstOrDefault(line => line.Contains(command, StringComparison.Ordinal)) is { } line)
            {
                return line[(line.IndexOf(command, StringComparison.Ordinal) + command.Length)..].Trim().Split(' ');
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"No simulator command in the banner:\n{app.Output}");
    }

    private static string Token(string[] arguments) => arguments[Array.IndexOf(arguments, "--auth-token") + 1];
}
