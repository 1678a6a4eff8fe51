using System.Net;
using Concierge.TestSupport;
using Concierge.WebFront.Tests.Api;

namespace Concierge.WebFront.Tests.Notes;

public sealed class SendersApiTests(ConciergeAppFactory app) : IClassFixture<ConciergeAppFactory>
{
    private readonly HttpClient admin = app.Api(ConciergeAppFactory.AdminKey);

    [Fact]
    public async Task OperatorAuthorisesRenamesAndWithdrawsASender()
    {
        var id = await CreateCompanyAsync();
        var phone = TestPhones.Next();

        var added = await (await admin.PostJsonAsync($"/api/companies/{id}/senders", new { phone, name = "Sam" })).JsonAsync(HttpStatusCode.Created);
        var renamed = await (await admin.PostJsonAsync($"/api/companies/{id}/senders", new { phone, name = "Sam Carter" })).JsonAsync(HttpStatusCode.OK);
        var listed = await (await admin.GetAsync($"/api/companies/{id}/senders")).JsonAsync(HttpStatusCode.OK);
        using var removed = await admin.DeleteAsync($"/api/companies/{id}/senders/{Uri.EscapeDataString(phone)}");
        var after = await (await admin.GetAsync($"/api/companies/{id}/senders")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(phone, added.GetProperty("phone").GetString());
        Assert.Equal("Sam Carter", renamed.GetProperty("name").GetString());
        Assert.Equal("Sam Carter", Assert.Single(listed.EnumerateArray()).GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Empty(after.EnumerateArray());
    }

    [Fact]
    public async Task SenderWithoutAPhoneOrNameIsRefusedNamingTheField()
    {
        var id = await CreateCompanyAsync();

        var problem = await (await admin.PostJsonAsync($"/api/companies/{id}/senders", new { phone = "not a number" })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem.FieldError("phone"));
        Assert.NotEmpty(problem.FieldError("name"));
    }

    [Fact]
    public async Task OnlyTheOperatorManagesSendersAndOnlyOfCompaniesThatExist()
    {
        using var asCompany = await app.Api().GetAsync("/api/companies/default/senders");
        using var unknown = await admin.GetAsync("/api/companies/no-such-company/senders");

        Assert.Equal(HttpStatusCode.Forbidden, asCompany.StatusCode);
        await unknown.ProblemAsync(HttpStatusCode.NotFound);
    }

    private async Task<string> CreateCompanyAsync()
    {
        var id = $"notes-{Guid.NewGuid():N}"[..20];
        await (await admin.PostJsonAsync("/api/companies", new { id, name = "Carter Heating" })).JsonAsync(HttpStatusCode.Created);
        return id;
    }
}
