using System.Net;
using Concierge.Grains.Interfaces.Calls;
using Orleans;
using Concierge.TestSupport;

namespace Concierge.WebFront.Tests.Api;

public sealed class CompaniesApiTests(ConciergeAppFactory app) : IClassFixture<ConciergeAppFactory>
{
    private readonly HttpClient admin = app.Api(ConciergeAppFactory.AdminKey);

    [Fact]
    public async Task OperatorCreatesACompanyWhoseNumbersRouteItsCallsToItAlone()
    {
        var id = $"acme-{Guid.NewGuid():N}"[..20];
        var twilioNumber = TestPhones.Next();

        var created = await (await admin.PostJsonAsync("/api/companies", new
        {
            id,
            name = "Acme Plumbing",
            ownerPhone = "(415) 555-0199",
            twilioNumbers = new[] { twilioNumber },
            languages = new[] { "en-US", "fr-CA" },
            screeningInstructions = "Always put through: emergencies",
        })).JsonAsync(HttpStatusCode.Created);
        var key = await IssueKeyAsync(id);
        var call = app.NewCall(to: twilioNumber);
        await call.RingAsync();

        Assert.Equal("+14155550199", created.GetProperty("ownerPhone").GetString());
        Assert.Equal(id, (await app.Grains.GetGrain<ICallGrain>(call.CallSid).GetAsync())!.CompanyId);
        var theirs = await (await app.Api(key).GetAsync($"/api/calls/{call.CallSid}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(call.CallSid, theirs.GetProperty("callSid").GetString());
        await (await app.Api().GetAsync($"/api/calls/{call.CallSid}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task CompanyWithoutAnIdGetsOneFromItsName()
    {
        var name = $"Bistro {Guid.NewGuid():N}"[..16];

        var created = await (await admin.PostJsonAsync("/api/companies", new { name })).JsonAsync(HttpStatusCode.Created);

        Assert.Equal(name.ToLowerInvariant().Replace(' ', '-'), created.GetProperty("id").GetString());
    }

    [Fact]
    public async Task TakenIdsAndNumbersAreConflicts()
    {
        var number = TestPhones.Next();
        var id = await CreateAsync(number);

        using var sameId = await admin.PostJsonAsync("/api/companies", new { id, name = "Copy" });
        using var sameNumber = await admin.PostJsonAsync("/api/companies", new { name = $"Rival {Guid.NewGuid():N}"[..14], twilioNumbers = new[] { number } });

        await sameId.ProblemAsync(HttpStatusCode.Conflict);
        await sameNumber.ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task InvalidSettingsAreEachNamed()
    {
        using var response = await admin.PostJsonAsync("/api/companies", new
        {
            id = "Bad Id!",
            ownerPhone = "555",
            twilioNumbers = new[] { "+14155550123", "nope" },
            languages = new[] { "de-DE" },
            defaultRegion = "XX",
            ringSeconds = 99,
            greeting = new string('g', 501),
        });

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        foreach (var field in new[] { "id", "name", "ownerPhone", "twilioNumbers[1]", "languages", "defaultRegion", "ringSeconds", "greeting" })
        {
            Assert.NotEmpty(problem.FieldError(field));
        }
    }

    [Theory]
    [InlineData("charlie\n", "id")]
    [InlineData("charlie\r\n", "id")]
    public async Task AnIdEndingInALineBreakIsRefusedNamingTheField(string id, string field)
    {
        using var response = await admin.PostJsonAsync("/api/companies", new { id, name = "Charlie" });

        Assert.NotEmpty((await response.ProblemAsync(HttpStatusCode.BadRequest)).FieldError(field));
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task ALanguageTagEndingInALineBreakIsRefusedNamingTheField()
    {
        var id = $"lang-{Guid.NewGuid():N}"[..20];

        using var response = await admin.PostJsonAsync("/api/companies", new { id, name = "Lang", languages = new[] { "en-US\n" } });

        Assert.NotEmpty((await response.ProblemAsync(HttpStatusCode.BadRequest)).FieldError("languages"));
    }

    [Fact]
    public async Task IssuedKeyIsShownOnceListedWithoutItsSecretAndRevokedAtOnce()
    {
        var id = await CreateAsync();
        var issued = await (await admin.PostJsonAsync($"/api/companies/{id}/keys", new { label = "front desk" })).JsonAsync(HttpStatusCode.Created);
        var key = issued.GetProperty("key").GetString()!;
        var keyId = issued.GetProperty("keyId").GetString()!;

        var listed = await (await admin.GetAsync($"/api/companies/{id}/keys")).JsonAsync(HttpStatusCode.OK);
        using var before = await app.Api(key).GetAsync("/api/exceptions");
        using var revoke = await admin.DeleteAsync($"/api/companies/{id}/keys/{keyId}");
        using var after = await app.Api(key).GetAsync("/api/exceptions");

        Assert.StartsWith("ck_", key, StringComparison.Ordinal);
        var entry = Assert.Single(listed.EnumerateArray());
        Assert.Equal("front desk", entry.GetProperty("label").GetString());
        Assert.False(entry.TryGetProperty("key", out _));
        Assert.DoesNotContain(key, listed.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        await after.ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task SettingsAreReadAndReplacedAndUnknownCompaniesAreNotFound()
    {
        var id = await CreateAsync();

        var updated = await (await admin.PutJsonAsync($"/api/companies/{id}", new { name = "Renamed", whisper = false, ringSeconds = 30 })).JsonAsync(HttpStatusCode.OK);
        var read = await (await admin.GetAsync($"/api/companies/{id}")).JsonAsync(HttpStatusCode.OK);
        var listed = await (await admin.GetAsync("/api/companies?limit=100")).JsonAsync(HttpStatusCode.OK);
        using var unknown = await admin.GetAsync("/api/companies/no-such-company");
        using var unknownKey = await admin.DeleteAsync($"/api/companies/{id}/keys/nokey");

        Assert.Equal("Renamed", updated.GetProperty("name").GetString());
        Assert.False(read.GetProperty("whisper").GetBoolean());
        Assert.Equal(30, read.GetProperty("ringSeconds").GetInt32());
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetString() == id);
        await unknown.ProblemAsync(HttpStatusCode.NotFound);
        await unknownKey.ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task CompanyKeysCannotManageCompanies()
    {
        using var response = await app.Api().GetAsync("/api/companies");

        await response.ProblemAsync(HttpStatusCode.Forbidden);
    }

    private async Task<string> CreateAsync(string? twilioNumber = null)
    {
        var id = $"co-{Guid.NewGuid():N}"[..20];
        using var created = await admin.PostJsonAsync("/api/companies", new { id, name = id, twilioNumbers = twilioNumber is null ? Array.Empty<string>() : [twilioNumber] });
        await created.JsonAsync(HttpStatusCode.Created);
        return id;
    }

    private async Task<string> IssueKeyAsync(string companyId) =>
        (await (await admin.PostJsonAsync($"/api/companies/{companyId}/keys", new { label = "test" })).JsonAsync(HttpStatusCode.Created)).GetProperty("key").GetString()!;
}
