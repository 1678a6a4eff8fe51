using System.Net;
using Concierge.TestSupport;
using Concierge.WebFront.Tests.Api;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Concierge.WebFront.Tests.Leads;

/// <summary>Companies of their own for lead tests: each with a Twilio number, a default region and an API key.</summary>
public static class LeadCompanies
{
    public static async Task<LeadCompany> NewAsync(WebApplicationFactory<Program> app, string region = "US")
    {
        using var admin = Client(app, ConciergeAppFactory.AdminKey);
        var id = $"leads-{Guid.NewGuid():N}"[..20];
        var number = TestPhones.Next();
        await (await admin.PostJsonAsync("/api/companies", new { id, name = "Carter Solar", twilioNumbers = new[] { number }, defaultRegion = region }))
            .JsonAsync(HttpStatusCode.Created);
        var key = (await (await admin.PostJsonAsync($"/api/companies/{id}/keys", new { label = "leads" })).JsonAsync(HttpStatusCode.Created))
            .GetProperty("key").GetString()!;
        return new LeadCompany(id, number, Client(app, key));
    }

    private static HttpClient Client(WebApplicationFactory<Program> app, string key)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    /// <summary>A valid lead body for <paramref name="phone"/>, consent given a minute ago.</summary>
    public static Dictionary<string, object?> Lead(string phone, string name = "Sam Carter") => new()
    {
        ["name"] = name,
        ["phone"] = phone,
        ["email"] = "sam@example.com",
        ["source"] = "web form",
        ["notes"] = "Asked about solar panels.",
        ["consent"] = new Dictionary<string, object?>
        {
            ["given"] = true,
            ["at"] = DateTimeOffset.UtcNow.AddMinutes(-1).ToString("O"),
            ["text"] = "I agree to be called by Carter Solar about my request.",
        },
    };
}

public sealed record LeadCompany(string Id, string Number, HttpClient Api);
