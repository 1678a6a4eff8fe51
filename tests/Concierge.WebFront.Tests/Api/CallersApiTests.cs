using System.Net;
using Concierge.TestSupport;

namespace Concierge.WebFront.Tests.Api;

public sealed class CallersApiTests(ConciergeAppFactory app) : IClassFixture<ConciergeAppFactory>
{
    private readonly HttpClient api = app.Api();

    [Fact]
    public async Task CallerProfileShowsTheirCallsDecisionsNameAndSpamScore()
    {
        var call = app.NewCall();
        await call.RingAsync();
        await call.SayAsync("Hi, this is Morgan from Apex Windows, I'm calling about a special offer on replacement windows.");
        await app.NewCall(call.From).RingAsync();

        var profile = await (await api.GetAsync($"/api/callers/{Uri.EscapeDataString(call.From)}")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(call.From, profile.GetProperty("phone").GetString());
        Assert.Equal("Morgan", profile.GetProperty("name").GetString());
        Assert.Equal(2, profile.GetProperty("callCount").GetInt32());
        Assert.Equal(0.5, profile.GetProperty("spamScore").GetDouble(), precision: 6);
        var calls = profile.GetProperty("recentCalls").EnumerateArray().ToList();
        Assert.Equal(2, calls.Count);
        Assert.Equal("completed", calls[1].GetProperty("decision").GetString());
    }

    [Fact]
    public async Task BlockedCallerIsRejectedUnansweredAndUnblockingLetsThemBeScreenedAgain()
    {
        var number = TestPhones.Next();

        var blocked = await (await api.PostJsonAsync($"/api/callers/{Uri.EscapeDataString(number)}/block", new { reason = "ex" })).JsonAsync(HttpStatusCode.OK);
        var rejected = await app.NewCall(number).RingAsync();
        var listed = await (await api.GetAsync("/api/callers?blocked=true&limit=100")).JsonAsync(HttpStatusCode.OK);
        using var unblock = await api.PostAsync(new Uri($"/api/callers/{Uri.EscapeDataString(number)}/unblock", UriKind.Relative), null);
        var screened = await app.NewCall(number).RingAsync();

        Assert.True(blocked.GetProperty("blocked").GetBoolean());
        Assert.Equal("ex", blocked.GetProperty("blockedReason").GetString());
        Assert.True(rejected.Rejects);
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), c => c.GetProperty("phone").GetString() == number);
        Assert.False((await unblock.JsonAsync(HttpStatusCode.OK)).GetProperty("blocked").GetBoolean());
        Assert.True(screened.Listens);
    }

    [Fact]
    public async Task BlockWithoutABodyUsesADefaultReason()
    {
        var number = TestPhones.Next();

        using var response = await api.PostAsync(new Uri($"/api/callers/{Uri.EscapeDataString(number)}/block", UriKind.Relative), null);

        Assert.Equal("Blocked by the owner", (await response.JsonAsync(HttpStatusCode.OK)).GetProperty("blockedReason").GetString());
    }

    [Fact]
    public async Task CallerWhoNeverCalledIsNotFoundAndAnInvalidNumberIsNamed()
    {
        using var unknown = await api.GetAsync($"/api/callers/{Uri.EscapeDataString(TestPhones.Next())}");
        using var invalid = await api.GetAsync("/api/callers/not-a-number");

        await unknown.ProblemAsync(HttpStatusCode.NotFound);
        Assert.NotEmpty((await invalid.ProblemAsync(HttpStatusCode.BadRequest)).FieldError("phone"));
    }

    [Theory]
    [InlineData("/api/callers?blocked=1", "blocked")]
    [InlineData("/api/callers?blocked=yes", "blocked")]
    [InlineData("/api/callers?limit=abc", "limit")]
    [InlineData("/api/exceptions?includeInactive=1", "includeInactive")]
    public async Task BadBooleansAndNumbersAreABadRequestNamingTheParameter(string url, string field)
    {
        using var response = await api.GetAsync(url);

        Assert.Equal(
            field == "limit" ? "limit must be a whole number from 1 to 100." : $"{field} must be true or false.",
            (await response.ProblemAsync(HttpStatusCode.BadRequest)).FieldError(field));
    }

    [Fact]
    public async Task BlockedIsReadIgnoringCase()
    {
        var number = TestPhones.Next();
        (await api.PostAsync(new Uri($"/api/callers/{Uri.EscapeDataString(number)}/block", UriKind.Relative), null)).Dispose();

        var listed = await (await api.GetAsync("/api/callers?Blocked=TRUE&limit=100")).JsonAsync(HttpStatusCode.OK);

        Assert.Contains(listed.GetProperty("items").EnumerateArray(), c => c.GetProperty("phone").GetString() == number);
    }
}
