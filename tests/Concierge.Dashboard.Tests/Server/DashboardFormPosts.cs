using Concierge.Grains.Interfaces.Companies;
using Concierge.TestSupport;
using System.Net.Http.Json;

namespace Concierge.Dashboard.Tests.Server;

public static partial class DashboardForms
{
    /// <summary>Posts <paramref name="fields"/> to <paramref name="action"/> with the antiforgery token of the form on <paramref name="formPage"/>, as the page's own form would.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient browser, string formPage, string action, IReadOnlyDictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var token = await AntiforgeryTokenAsync(browser, formPage);
        var posted = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await browser.PostAsync(new Uri(action, UriKind.Relative), new FormUrlEncodedContent(posted));
    }

    /// <summary>A second company of its own (made by the operator) and a browser signed in to its dashboard.</summary>
    public static async Task<(string CompanyId, HttpClient Browser)> OtherCompanyAsync(this ConciergeAppFactory app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var id = $"other-{Guid.NewGuid():N}"[..20];
        using var admin = app.Api(ConciergeAppFactory.AdminKey);
        (await admin.PostAsJsonAsync(new Uri("/api/companies", UriKind.Relative), new { id, name = "Other Company" })).EnsureSuccessStatusCode();
        var key = (await app.Grains.GetGrain<ICompanyGrain>(id).IssueApiKeyAsync("dashboard")).Key;
        var browser = app.Browser();
        (await SignInAsync(browser, key)).Dispose();
        return (id, browser);
    }
}
