using System.Net;
using Concierge.TestSupport;

namespace Concierge.WebFront.Tests.Api;

/// <summary>Who may see what: no key, a wrong key, another company's key, the rate limit.</summary>
public sealed class ApiAccessTests(ConciergeAppFactory app) : IClassFixture<ConciergeAppFactory>
{
    public static TheoryData<string> CompanyRoutes => ["/api/exceptions", "/api/calls", "/api/conversations", "/api/callers", "/api/exceptions/check/+14155550100", "/api/callers/+14155550100"];

    [Theory]
    [MemberData(nameof(CompanyRoutes))]
    public async Task MissingOrWrongKeyIsUnauthorized(string route)
    {
        using var none = await app.Api(apiKey: null).GetAsync(route);
        using var wrong = await app.Api("ck_not_a_real_key").GetAsync(route);

        await none.ProblemAsync(HttpStatusCode.Unauthorized);
        await wrong.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("X-Api-Key", none.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherCompanysKeySeesNoneOfThisCompanysData()
    {
        var owner = app.Api();
        var call = app.NewCall();
        await call.RingAsync();
        await call.SayAsync("Hi, it's Dana, calling about the book club.");
        (await owner.PostJsonAsync("/api/exceptions", new { phone = call.From, name = "Dana", category = "friend" })).Dispose();
        var other = app.Api(await OtherCompanyKeyAsync());
        var from = Uri.EscapeDataString(call.From);

        var exceptions = await (await other.GetAsync("/api/exceptions?includeInactive=true")).JsonAsync(HttpStatusCode.OK);
        var check = await (await other.GetAsync($"/api/exceptions/check/{from}")).JsonAsync(HttpStatusCode.OK);
        var conversations = await (await other.GetAsync($"/api/calls?caller={from}")).JsonAsync(HttpStatusCode.OK);
        var callers = await (await other.GetAsync("/api/callers?limit=100")).JsonAsync(HttpStatusCode.OK);
        using var exception = await other.GetAsync($"/api/exceptions/{from}");
        using var conversation = await other.GetAsync($"/api/calls/{call.CallSid}");
        using var caller = await other.GetAsync($"/api/callers/{from}");
        using var delete = await other.DeleteAsync($"/api/exceptions/{from}");

        Assert.Empty(exceptions.EnumerateArray());
        Assert.False(check.GetProperty("onList").GetBoolean());
        Assert.Empty(conversations.GetProperty("items").EnumerateArray());
        Assert.DoesNotContain(callers.GetProperty("items").EnumerateArray(), c => c.GetProperty("phone").GetString() == call.From);
        await exception.ProblemAsync(HttpStatusCode.NotFound);
        await conversation.ProblemAsync(HttpStatusCode.NotFound);
        await caller.ProblemAsync(HttpStatusCode.NotFound);
        await delete.ProblemAsync(HttpStatusCode.NotFound);
        Assert.True((await (await owner.GetAsync($"/api/exceptions/check/{from}")).JsonAsync(HttpStatusCode.OK)).GetProperty("onList").GetBoolean());
    }

    [Fact]
    public async Task BlockingThroughAnotherCompanyLeavesThisCompanysCallerAlone()
    {
        var number = TestPhones.Next();
        var other = app.Api(await OtherCompanyKeyAsync());

        (await other.PostAsync(new Uri($"/api/callers/{Uri.EscapeDataString(number)}/block", UriKind.Relative), null)).Dispose();
        var twiml = await app.NewCall(number).RingAsync();

        Assert.True(twiml.Listens);
    }

    [Fact]
    public async Task KeyOverItsRateLimitGets429WithRetryAfterWhileOtherKeysCarryOn()
    {
        await using var limited = new ConciergeAppFactory();
        limited.Settings["Concierge:Api:RequestsPerMinute"] = "3";
        var owner = limited.Api();
        var other = limited.Api(await OtherCompanyKeyAsync(limited));

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await owner.GetAsync("/api/exceptions");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                await response.ProblemAsync(HttpStatusCode.TooManyRequests);
                Assert.InRange(int.Parse(response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 60);
            }
        }

        using var unaffected = await other.GetAsync("/api/exceptions");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, unaffected.StatusCode);
    }

    [Fact]
    public async Task WithoutAnAdminKeyConfiguredCompanyManagementIsClosed()
    {
        await using var closed = new ConciergeAppFactory();
        closed.Settings["Concierge:AdminKey"] = "";

        using var response = await closed.Api(ConciergeAppFactory.AdminKey).GetAsync("/api/companies");

        await response.ProblemAsync(HttpStatusCode.Unauthorized);
    }

    private Task<string> OtherCompanyKeyAsync() => OtherCompanyKeyAsync(app);

    private static async Task<string> OtherCompanyKeyAsync(ConciergeAppFactory factory)
    {
        var admin = factory.Api(ConciergeAppFactory.AdminKey);
        var id = $"other-{Guid.NewGuid():N}"[..20];
        (await admin.PostJsonAsync("/api/companies", new { id, name = "Other" })).Dispose();
        var issued = await (await admin.PostJsonAsync($"/api/companies/{id}/keys", new { label = "other" })).JsonAsync(HttpStatusCode.Created);
        return issued.GetProperty("key").GetString()!;
    }
}
