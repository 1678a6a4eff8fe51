using Concierge.TestSupport;
using Concierge.WebFront.StartUp;

namespace Concierge.WebFront.Tests.FirstRun;

/// <summary>
/// The built app given settings that cannot work ends with one line per problem naming the key and what it must be,
/// and exit code 1: no stack trace, no abort (exit code 134).
/// </summary>
public sealed class ConfigurationErrorTests
{
    [Fact]
    public async Task AnUnknownStoreProviderEndsWithOneLineNamingTheKeyAndTheValidValues()
    {
        var (exitCode, output) = await WebFrontProcess.RunToEndAsync([], new Dictionary<string, string>
        {
            ["Concierge__Storage__Provider"] = "Mongo",
        });

        Assert.Equal(ConfigurationErrorExit.ExitCode, exitCode);
        Assert.Equal(
            "Configuration error: Concierge:Storage:Provider must be one of Sqlite, Postgres, SqlServer (got \"Mongo\").",
            output.Trim());
    }

    [Fact]
    public async Task SettingsCheckedAtStartEndWithALinePerProblemAndNoStackTrace()
    {
        var (exitCode, output) = await WebFrontProcess.RunToEndAsync([], new Dictionary<string, string>
        {
            ["Concierge__Model__DeadlineMs"] = "60000",
        });

        Assert.Equal(ConfigurationErrorExit.ExitCode, exitCode);
        Assert.Equal(
            ["Configuration error: Concierge:Model:DeadlineMs must be between 1 and 30000 (got 60000)."],
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public async Task ProductionWithoutTwilioSettingsEndsNamingEachMissingKeyOnItsOwnLine()
    {
        var (exitCode, output) = await WebFrontProcess.RunToEndAsync([], new Dictionary<string, string>());

        Assert.Equal(ConfigurationErrorExit.ExitCode, exitCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains(lines, line => line.StartsWith("Configuration error: Concierge:Twilio:AuthToken is required in Production", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("Configuration error: Concierge:Twilio:PublicBaseUrl is required in Production", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
    }
}
