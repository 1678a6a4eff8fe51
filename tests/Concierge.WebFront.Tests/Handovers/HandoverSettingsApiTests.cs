using System.Net;
using Concierge.WebFront.Tests.Api;
using Concierge.WebFront.Tests.Notes;
using Concierge.WebFront.Tests.Webhooks;

namespace Concierge.WebFront.Tests.Handovers;

public sealed class HandoverSettingsApiTests(WebhookApp app) : IClassFixture<WebhookApp>
{
    [Fact]
    public async Task SettingsStartOffAndKeepWhatIsSetWithTheNumberAsE164()
    {
        var company = await NotesApp.NewCompanyAsync(app);

        var before = await (await company.Api.GetAsync("/api/settings/handover")).JsonAsync(HttpStatusCode.OK);
        await (await company.Api.PutJsonAsync("/api/settings/handover", new { agentNumber = "(415) 555-0177", routeUrgentCalls = true, tokenMinutes = 5 })).JsonAsync(HttpStatusCode.OK);
        var after = await (await company.Api.GetAsync("/api/settings/handover")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(System.Text.Json.JsonValueKind.Null, before.GetProperty("agentNumber").ValueKind);
        Assert.Equal(10, before.GetProperty("tokenMinutes").GetInt32());
        Assert.Equal("+14155550177", after.GetProperty("agentNumber").GetString());
        Assert.True(after.GetProperty("routeUrgentCalls").GetBoolean());
        Assert.Equal(5, after.GetProperty("tokenMinutes").GetInt32());
    }

    [Theory]
    [InlineData("""{"agentNumber":"not a number"}""", "agentNumber")]
    [InlineData("""{"agentNumber":"sip:desk@pbx.example.com;transport=tcp"}""", "agentNumber")]
    [InlineData("""{"agentNumber":"sip:@pbx"}""", "agentNumber")]
    [InlineData("""{"agentNumber":"+14155550177","tokenMinutes":0}""", "tokenMinutes")]
    [InlineData("""{"agentNumber":"+14155550177","tokenMinutes":100000}""", "tokenMinutes")]
    [InlineData("""{"routeUrgentCalls":true}""", "routeUrgentCalls")]
    [InlineData("""{"agentNumber":5}""", "agentNumber")]
    [InlineData("""{"routeUrgentCalls":"yes"}""", "routeUrgentCalls")]
    public async Task BadSettingIsRefusedNamingItsField(string json, string field)
    {
        var company = await NotesApp.NewCompanyAsync(app);

        var problem = await (await company.Api.PutAsync(new Uri("/api/settings/handover", UriKind.Relative), new StringContent(json, System.Text.Encoding.UTF8, "application/json")))
            .ProblemAsync(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("12")]
    [InlineData("1234567890123456789012345678901234567890")]
    public async Task TokenThatIsNotDigitsIsRefusedNamingIt(string token)
    {
        var company = await NotesApp.NewCompanyAsync(app);

        var problem = await (await company.Api.GetAsync($"/api/handovers/{token}")).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("token", problem.FieldError("token"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandoverRoutesNeedACompanyKey()
    {
        using var anonymous = app.Api(apiKey: null);

        await (await anonymous.GetAsync("/api/handovers/123456789012")).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.GetAsync("/api/settings/handover")).ProblemAsync(HttpStatusCode.Unauthorized);
    }
}
