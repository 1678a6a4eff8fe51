using Concierge.Grains.Calls;
using Concierge.Grains.Interfaces.Callers;
using Concierge.Grains.Interfaces.Calls;
using Concierge.Grains.Interfaces.Companies;
using Concierge.Silo.Tests.GrainCluster;

namespace Concierge.Silo.Tests.Calls;

/// <summary>
/// Carriers may pass a domestic caller's number in national form; the call grain reads it for its company's region, so
/// the caller meets their history and the exception list under the same E.164 number. Each test has companies of its own.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class CallerRegionTests(ConciergeCluster cluster)
{
    private readonly string run = Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task ACompanyInFranceRecordsANationalFromAsAFrenchNumber()
    {
        var company = await CompanyAsync("paris", "FR");
        await cluster.Grains.GetGrain<ICompanyGrain>(company).AddExceptionAsync(new ExceptionDraft("+33612345678", "Maman", ExceptionCategories.Family, null));

        var step = await CallAsync(company, "CA-fr", from: "0612345678");

        Assert.Contains("Maman", Assert.IsType<TransferStep>(step).Prompt, StringComparison.Ordinal);
        Assert.Equal(1, (await ProfileAsync(company, "+33612345678")).CallCount);
    }

    [Fact]
    public async Task ACompanyInTheUnitedStatesStillReadsNationalNumbersAsAmerican()
    {
        var company = await CompanyAsync("boston", "US");

        await CallAsync(company, "CA-us", from: "(415) 555-0100");

        Assert.Equal(1, (await ProfileAsync(company, "+14155550100")).CallCount);
    }

    [Fact]
    public async Task AnInternationalFromIsTheSameNumberWhateverTheCompanysRegion()
    {
        var company = await CompanyAsync("lyon", "FR");

        await CallAsync(company, "CA-intl", from: "+14155550100");

        Assert.Equal(1, (await ProfileAsync(company, "+14155550100")).CallCount);
        Assert.Equal(0, (await ProfileAsync(company, "+33415550100")).CallCount);
    }

    private async Task<string> CompanyAsync(string name, string region)
    {
        var id = $"{name}-{run}";
        await cluster.Grains.GetGrain<ICompanyGrain>(id).ConfigureAsync(
            new CompanySettings(name, name, ConciergeCluster.OwnerPhone, [], null, ["en-US", "fr-FR"], "", region));
        return id;
    }

    private Task<CallStep> CallAsync(string company, string callSid, string from) =>
        cluster.Grains.GetGrain<ICallGrain>($"{callSid}-{run}").StartAsync(new IncomingCall(company, from, "+18005550000"));

    private Task<CallerProfile> ProfileAsync(string company, string e164) =>
        cluster.Grains.GetGrain<ICallerGrain>(CallerKey.For(company, e164)).GetAsync();
}
