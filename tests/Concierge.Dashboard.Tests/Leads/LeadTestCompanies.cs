using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Concierge.TestSupport;

namespace Concierge.Dashboard.Tests.Leads;

/// <summary>Companies of their own for intake form and Leads page tests, with an API key to read back the leads the form recorded.</summary>
internal static class LeadTestCompanies
{
    public static async Task<(string Id, HttpClient Api)> NewAsync(ConciergeAppFactory app, string language = "en-US", object? leadSettings = null)
    {
        using var admin = app.Api(ConciergeAppFactory.AdminKey);
        var id = $"intake-{Guid.NewGuid():N}"[..22];
        var created = await admin.PostAsJsonAsync(
            new Uri("/api/companies", UriKind.Relative), new { id, name = "Carter & Sons Solar", twilioNumbers = new[] { TestPhones.Next() }, languages = new[] { language } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var issued = await admin.PostAsJsonAsync(new Uri($"/api/companies/{id}/keys", UriKind.Relative), new { label = "intake" });
        var key = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
        var api = app.Api(key);
        if (leadSettings is not null)
        {
            (await api.PutAsJsonAsync(new Uri("/api/lead-settings", UriKind.Relative), leadSettings)).EnsureSuccessStatusCode();
        }

        return (id, api);
    }

    /// <summary>The company's leads, newest first, in full.</summary>
    public static async Task<List<JsonElement>> LeadsAsync(HttpClient api)
    {
        var page = await api.GetFromJsonAsync<JsonElement>(new Uri("/api/leads", UriKind.Relative));
        var leads = new List<JsonElement>();
        foreach (var item in page.GetProperty("items").EnumerateArray())
        {
            leads.Add(await api.GetFromJsonAsync<JsonElement>(new Uri($"/api/leads/{item.GetProperty("id").GetString()}", UriKind.Relative)));
        }

        return leads;
    }

    /// <summary>Hands <paramref name="name"/> at <paramref name="phone"/> to the company through the REST API; the lead's id.</summary>
    public static async Task<string> NewLeadAsync(HttpClient api, string phone, string name = "Sam Carter", string notes = "Solar panels.")
    {
        var created = await api.PostAsJsonAsync(new Uri("/api/leads", UriKind.Relative), new
        {
            name, phone, notes, consent = new { given = true, at = DateTimeOffset.UtcNow.AddMinutes(-1).ToString("O"), text = "I agree to be called." },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>The intake form's fields, valid unless changed: the antiforgery token and the wording's version as the form on <paramref name="path"/> gave them.</summary>
    public static async Task<Dictionary<string, string>> IntakeFieldsAsync(HttpClient browser, string path, string phone)
    {
        var token = await Server.DashboardForms.AntiforgeryTokenAsync(browser, path);
        var page = await browser.GetStringAsync(new Uri(path, UriKind.Relative));
        var fields = Fields(token, phone);
        fields["wording"] = System.Text.RegularExpressions.Regex.Match(page, "name=\"wording\" value=\"([0-9a-f]+)\"").Groups[1].Value;
        return fields;
    }

    /// <summary>A lead form's fields, valid unless changed; the antiforgery token is the one the form gave.</summary>
    public static Dictionary<string, string> Fields(string token, string phone) => new()
    {
        ["name"] = "Sam Carter",
        ["phone"] = phone,
        ["email"] = "sam@example.com",
        ["notes"] = "Solar panels for a barn roof.",
        ["consent"] = "true",
        ["__RequestVerificationToken"] = token,
    };
}
