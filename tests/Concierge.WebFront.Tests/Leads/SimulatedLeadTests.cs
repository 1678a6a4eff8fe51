using System.Net;
using Concierge.Simulator.Leads;
using Concierge.Simulator.Protocol;
using Concierge.TestSupport;
using Concierge.WebFront.Tests.Api;

namespace Concierge.WebFront.Tests.Leads;

/// <summary>The simulator's lead scenarios against the app: a lead who answers ends qualified, one who says stop ends declined.</summary>
public sealed class SimulatedLeadTests(LeadsApp app) : IClassFixture<LeadsApp>
{
    private static readonly object Questions = new
    {
        questions = new object[]
        {
            new { text = "Do you own your home?", kind = "yes_no" },
            new { text = "How many panels would you like?", kind = "number" },
            new { text = "When would you like to start?", kind = "choice", options = new[] { "this month", "this year" } },
            new { text = "Anything we should know?", kind = "free_text", required = false },
        },
    };

    [Fact]
    public async Task SimulatedLeadAnsweringEveryQuestionEndsQualifiedWithItsAnswers()
    {
        var company = await LeadsApp.CallingCompanyAsync(app, Questions);
        var phone = TestPhones.Next();

        var result = await Player(company).PlayAsync(phone, stop: false, CancellationToken.None);
        var lead = await (await company.Api.GetAsync($"/api/leads/{result.LeadId}")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("qualified", result.Status);
        Assert.Equal(["Yes, I do.", "About twelve.", "this month", "Sometime next month would suit me."], result.Said);
        Assert.Equal(["yes", "12", "this month"], lead.GetProperty("answers").EnumerateArray().Take(3).Select(a => a.GetProperty("answer").GetString()));
        Assert.NotNull(result.Score);
        Assert.Single(app.Twilio.CallsPlaced, c => c.Value("To") == phone);
    }

    [Fact]
    public async Task SimulatedLeadWhoSaysStopEndsDeclinedAndOnTheDoNotCallList()
    {
        var company = await LeadsApp.CallingCompanyAsync(app, Questions);
        var phone = TestPhones.Next();

        var result = await Player(company).PlayAsync(phone, stop: true, CancellationToken.None);
        var settings = await (await company.Api.GetAsync("/api/lead-settings")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("declined", result.Status);
        Assert.Equal([LeadAnswers.Stop], result.Said);
        Assert.Contains(phone, settings.GetProperty("doNotCall").EnumerateArray().Select(p => p.GetString()));
    }

    private LeadPlayer Player(LeadCompany company) =>
        new(company.Api, app.CreateClient(), new TwilioAccount(ConciergeAppFactory.PublicBaseUrl.ToString(), ConciergeAppFactory.AuthToken), TimeSpan.FromSeconds(30));
}
