using System.Net;
using Concierge.WebFront.Tests.Api;
using Concierge.WebFront.Tests.Notes;

namespace Concierge.WebFront.Tests.Webhooks;

public sealed class WebhookApiTests(WebhookApp app) : IClassFixture<WebhookApp>
{
    [Fact]
    public async Task SecretIsShownWhenMadeAndOnRotationOnly()
    {
        var company = await NotesApp.NewCompanyAsync(app);

        var first = await (await company.Api.PutJsonAsync("/api/webhook", new { url = "https://crm.example.com/hooks" })).JsonAsync(HttpStatusCode.OK);
        var read = await (await company.Api.GetAsync("/api/webhook")).JsonAsync(HttpStatusCode.OK);
        var moved = await (await company.Api.PutJsonAsync("/api/webhook", new { url = "https://crm.example.com/other" })).JsonAsync(HttpStatusCode.OK);
        var rotated = await (await company.Api.PostJsonAsync("/api/webhook/secret", new { })).JsonAsync(HttpStatusCode.OK);

        Assert.StartsWith("whsec_", first.GetProperty("secret").GetString(), StringComparison.Ordinal);
        Assert.Equal("https://crm.example.com/hooks", read.GetProperty("url").GetString());
        Assert.Equal("https://crm.example.com/other", moved.GetProperty("url").GetString());
        Assert.False(read.TryGetProperty("secret", out var hidden) && hidden.ValueKind != System.Text.Json.JsonValueKind.Null);
        Assert.False(moved.TryGetProperty("secret", out var kept) && kept.ValueKind != System.Text.Json.JsonValueKind.Null);
        Assert.StartsWith("whsec_", rotated.GetProperty("secret").GetString(), StringComparison.Ordinal);
        Assert.NotEqual(first.GetProperty("secret").GetString(), rotated.GetProperty("secret").GetString());
    }

    [Fact]
    public async Task CompanyWithoutAnEndpointIsToldSo()
    {
        var company = await NotesApp.NewCompanyAsync(app);

        await (await company.Api.GetAsync("/api/webhook")).ProblemAsync(HttpStatusCode.NotFound);
        await (await company.Api.PostJsonAsync("/api/webhook/secret", new { })).ProblemAsync(HttpStatusCode.NotFound);
        await (await company.Api.PutJsonAsync("/api/webhook", new { url = "https://crm.example.com/hooks" })).JsonAsync(HttpStatusCode.OK);
        await (await company.Api.DeleteAsync("/api/webhook")).JsonAsync(HttpStatusCode.NoContent);
        await (await company.Api.GetAsync("/api/webhook")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a url")]
    [InlineData("/relative/path")]
    [InlineData("ftp://crm.example.com/hooks")]
    [InlineData("https://user:password@crm.example.com/hooks")]
    public async Task UrlThatCannotBeAnEndpointIsRefusedNamingTheField(string? url)
    {
        var company = await NotesApp.NewCompanyAsync(app);

        var problem = await (await company.Api.PutJsonAsync("/api/webhook", new { url })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("url", problem.FieldError("url"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BodyThatIsNotJsonOrHasTheWrongShapeIsRefused()
    {
        var company = await NotesApp.NewCompanyAsync(app);

        await (await company.Api.PostRawAsync("/api/webhook/secret", "", "text/plain")).JsonAsync(HttpStatusCode.NotFound);
        await (await company.Api.PutAsync(new Uri("/api/webhook", UriKind.Relative), new StringContent("url=x"))).ProblemAsync(HttpStatusCode.UnsupportedMediaType);
        var wrong = await (await company.Api.PutJsonAsync("/api/webhook", new { url = 5 })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("url", wrong.FieldError("url"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("status=sent")]
    [InlineData("limit=0")]
    [InlineData("cursor=%%%")]
    public async Task DeliveryListRefusesABadFilterNamingIt(string query)
    {
        var company = await NotesApp.NewCompanyAsync(app);

        var problem = await (await company.Api.GetAsync($"/api/webhook/deliveries?{query}")).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(query.Split('=')[0], out _));
    }

    [Fact]
    public async Task WebhookRoutesNeedACompanyKey()
    {
        using var anonymous = app.Api(apiKey: null);
        using var admin = app.Api(Concierge.TestSupport.ConciergeAppFactory.AdminKey);

        await (await anonymous.GetAsync("/api/webhook")).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await admin.GetAsync("/api/webhook/deliveries")).ProblemAsync(HttpStatusCode.Forbidden);
    }
}
