using System.Net;
using Concierge.TestSupport;

namespace Concierge.WebFront.Tests.Api;

/// <summary><c>/api/settings</c>: a company reads and replaces its own settings with its own key, by the operator's rules.</summary>
public sealed class SettingsApiTests(ConciergeAppFactory app) : IClassFixture<ConciergeAppFactory>
{
    [Fact]
    public async Task TheOwnerReadsTheSeededSettingsWithTheirDefaults()
    {
        var settings = await (await app.Api().GetAsync("/api/settings")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("default", settings.GetProperty("id").GetString());
        Assert.Equal(ConciergeAppFactory.OwnerPhone, settings.GetProperty("ownerPhone").GetString());
        Assert.Equal("UTC", settings.GetProperty("timeZone").GetString());
        Assert.Equal("gather", settings.GetProperty("voiceMode").GetString());
    }

    [Fact]
    public async Task TheOwnerReplacesTheirSettingsAndReadsThemBack()
    {
        var saved = await (await app.Api().PutJsonAsync("/api/settings", new
        {
            name = "Alex",
            ownerName = "Alex Martin",
            ownerPhone = "(415) 555-0142",
            greeting = "Hello, you've reached Alex's line.",
            languages = new[] { "fr-FR", "en-US" },
            screeningInstructions = "Always put through: school",
            timeZone = "Europe/Paris",
            whisper = false,
            ringSeconds = 25,
            voiceMode = "realtime",
        })).JsonAsync(HttpStatusCode.OK);
        var read = await (await app.Api().GetAsync("/api/settings")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("+14155550142", saved.GetProperty("ownerPhone").GetString());
        Assert.Equal(saved.ToString(), read.ToString());
        Assert.Equal(("Europe/Paris", "realtime", 25, false), (
            read.GetProperty("timeZone").GetString(), read.GetProperty("voiceMode").GetString(), read.GetProperty("ringSeconds").GetInt32(), read.GetProperty("whisper").GetBoolean()));
        await (await app.Api().PutJsonAsync("/api/settings", new { name = "Alex", ownerPhone = ConciergeAppFactory.OwnerPhone, languages = new[] { "en-US", "fr-FR" } })).JsonAsync(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("timeZone", "Mars/Olympus_Mons")]
    [InlineData("timeZone", "../../etc/passwd")]
    [InlineData("voiceMode", "telepathy")]
    [InlineData("ownerPhone", "not a phone")]
    public async Task ABadFieldIsA400NamingIt(string field, string value)
    {
        var body = new Dictionary<string, object> { ["name"] = "Alex", [field] = value };

        var problem = await (await app.Api().PutJsonAsync("/api/settings", body)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem.FieldError(field));
        Assert.Equal(ConciergeAppFactory.OwnerPhone, (await (await app.Api().GetAsync("/api/settings")).JsonAsync(HttpStatusCode.OK)).GetProperty("ownerPhone").GetString());
    }

    [Fact]
    public async Task TheTwilioNumbersAreTheOperatorsToChange()
    {
        var problem = await (await app.Api().PutJsonAsync("/api/settings", new { name = "Alex", twilioNumbers = new[] { TestPhones.Next() } }))
            .ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("operator", problem.FieldError("twilioNumbers"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOperatorsCompanyRouteValidatesTheTimeZoneTheSameWay()
    {
        var problem = await (await app.Api(ConciergeAppFactory.AdminKey).PutJsonAsync("/api/companies/default", new { name = "Alex", timeZone = "Nowhere/Land" }))
            .ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("IANA", problem.FieldError("timeZone"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAKeyTheSettingsAreClosed()
    {
        await (await app.Api(apiKey: null).GetAsync("/api/settings")).ProblemAsync(HttpStatusCode.Unauthorized);
    }
}
