using Concierge.Silo.Twilio;

namespace Concierge.WebFront.StartUp;

/// <summary>
/// The block printed once the app listens in Development: the dashboard, the data, the screener, whether calls can be
/// put through, and a simulator command to paste from the repository's root. No phone number appears in it; the only
/// secret is the local Twilio token, which exists for this machine alone (a configured token is never printed).
/// </summary>
internal static class StartBanner
{
    public const string SimulatorProject = "tools/Concierge.Simulator";

    /// <summary>The environment variable the simulator reads a token from when no <c>--auth-token</c> is given.</summary>
    public const string SimulatorTokenVariable = "Concierge__Twilio__AuthToken";

    public static string Compose(StartFacts facts)
    {
        var lines = new List<string>
        {
            "==== Concierge is running ====",
            $"Dashboard:    {facts.Dashboard}",
            $"Database:     {facts.Database}",
            $"Screener:     {facts.Screener}",
            $"Owner phone:  {OwnerPhone(facts.OwnerHasPhone)}",
            $"Twilio token: {(facts.LocalAuthToken is null ? $"configured ({TwilioOptions.AuthTokenKey})" : $"local, for Development only (kept in {facts.LocalAuthTokenFile})")}",
            "Try a call from the repository's root:",
            "  " + SimulatorCommand(facts),
        };
        if (facts.LocalAuthToken is null)
        {
            lines.Add($"  (the simulator signs with ${SimulatorTokenVariable}: set it to your token in that terminal)");
        }

        lines.Add("==============================");
        return string.Join(Environment.NewLine, lines) + Environment.NewLine;
    }

    /// <summary>The simulator's arguments that make it call this instance, signed with the token it checks.</summary>
    public static IReadOnlyList<string> SimulatorArguments(StartFacts facts)
    {
        var url = facts.Dashboard.ToString().TrimEnd('/');
        List<string> arguments = ["--url", url];
        if (facts.PublicBaseUrl is { } publicBaseUrl && publicBaseUrl.OriginalString.TrimEnd('/') != url)
        {
            arguments.AddRange(["--public-base-url", publicBaseUrl.OriginalString.TrimEnd('/')]);
        }

        if (facts.LocalAuthToken is { } token)
        {
            arguments.AddRange(["--auth-token", token]);
        }

        return arguments;
    }

    private static string SimulatorCommand(StartFacts facts) =>
        $"dotnet run --project {SimulatorProject} -- {string.Join(' ', SimulatorArguments(facts))}";

    private static string OwnerPhone(bool? hasPhone) => hasPhone switch
    {
        true => "set: screened calls can be put through",
        false => "not set: callers are screened, and messages are taken instead of putting calls through",
        null => "unknown: the store did not answer",
    };
}
