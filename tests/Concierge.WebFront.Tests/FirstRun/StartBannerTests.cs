using Concierge.Simulator;
using Concierge.WebFront.StartUp;

namespace Concierge.WebFront.Tests.FirstRun;

/// <summary>What the start banner says, and that its simulator command is one the simulator's own parser accepts.</summary>
public sealed class StartBannerTests
{
    private static readonly StartFacts Local = new(
        new Uri("http://localhost:5080/"), "/repo/src/WebFront/data/concierge.db", "offline rules (no model configured)", OwnerHasPhone: true,
        LocalAuthToken: "0123456789abcdef0123456789abcdef", LocalAuthTokenFile: "/repo/src/WebFront/data/twilio-auth-token", PublicBaseUrl: null);

    [Fact]
    public void TheSimulatorCommandParsesWithTheSimulatorsOwnParserToThisInstanceAndToken()
    {
        var parsed = SimulatorCommand.Create().Parse([.. StartBanner.SimulatorArguments(Local)]);

        Assert.Empty(parsed.Errors);
        Assert.Equal(new Uri("http://localhost:5080"), parsed.GetValue<Uri>("--url"));
        Assert.Equal(Local.LocalAuthToken, parsed.GetValue<string>("--auth-token"));
    }

    [Fact]
    public void BehindAPublicBaseUrlTheCommandSignsOverIt()
    {
        var parsed = SimulatorCommand.Create().Parse([.. StartBanner.SimulatorArguments(Local with { PublicBaseUrl = new Uri("https://abc.ngrok.app/") })]);

        Assert.Empty(parsed.Errors);
        Assert.Equal("https://abc.ngrok.app", parsed.GetValue<string>("--public-base-url"));
    }

    [Fact]
    public void AConfiguredTokenIsNeverPrinted()
    {
        var banner = StartBanner.Compose(Local with { LocalAuthToken = null });

        Assert.DoesNotContain("--auth-token", banner, StringComparison.Ordinal);
        Assert.Contains("Concierge:Twilio:AuthToken", banner, StringComparison.Ordinal);
        Assert.Contains($"${StartBanner.SimulatorTokenVariable}", banner, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, "Owner phone:  set")]
    [InlineData(false, "Owner phone:  not set")]
    [InlineData(null, "Owner phone:  unknown")]
    public void TheBannerSaysWhetherTheOwnerHasAPhoneWithoutShowingOne(bool? hasPhone, string expected)
    {
        var banner = StartBanner.Compose(Local with { OwnerHasPhone = hasPhone });

        Assert.Contains(expected, banner, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\+\d{6,}", banner);
    }

    [Fact]
    public void TheBannerNamesTheDashboardTheDatabaseAndTheScreener()
    {
        var banner = StartBanner.Compose(Local);

        Assert.Contains("Dashboard:    http://localhost:5080/", banner, StringComparison.Ordinal);
        Assert.Contains("Database:     /repo/src/WebFront/data/concierge.db", banner, StringComparison.Ordinal);
        Assert.Contains("Screener:     offline rules", banner, StringComparison.Ordinal);
        Assert.Contains("dotnet run --project tools/Concierge.Simulator -- --url http://localhost:5080 --auth-token 0123456789abcdef0123456789abcdef", banner, StringComparison.Ordinal);
    }
}
