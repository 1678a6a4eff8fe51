using System.Net;
using System.Net.Http.Json;
using Concierge.Grains.Interfaces.Twilio;
using Concierge.TestSupport;

namespace Concierge.Dashboard.Tests.Server;

/// <summary>The Notes pages: the list links each note, and a note's page shows what it was read as and its files.</summary>
public sealed class NotesPageTests(ConciergeAppFactory app) : IClassFixture<ConciergeAppFactory>
{
    [Fact]
    public async Task NotesPageListsANoteWhosePageShowsItsSummaryAndFileLinks()
    {
        var sender = TestPhones.Next();
        var sid = $"SM{Guid.NewGuid():N}";
        using var admin = app.Api(ConciergeAppFactory.AdminKey);
        (await admin.PostAsJsonAsync(new Uri("/api/companies/default/senders", UriKind.Relative), new { phone = sender, name = "Sam" })).EnsureSuccessStatusCode();
        await SendAsync(sid, sender, "Fix the leaking kitchen tap at 45 Oak Street, customer is John Bell, tomorrow.");
        var browser = app.Browser();
        (await DashboardForms.SignInAsync(browser)).Dispose();

        var list = await EventuallyAsync(browser, "/notes", "Fix the leaking kitchen tap at 45 Oak Street");
        var page = await EventuallyAsync(browser, $"/notes/{sid}", "full_text");

        Assert.Contains("Fix the leaking kitchen tap at 45 Oak Street", list, StringComparison.Ordinal);
        Assert.Contains("John Bell", page, StringComparison.Ordinal);
        Assert.Contains($"/api/notes/{sid}/files/summary?token=", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/notes\" aria-current=\"page\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownNoteIsNotFound()
    {
        var browser = app.Browser();
        (await DashboardForms.SignInAsync(browser)).Dispose();

        using var response = await browser.GetAsync(new Uri($"/notes/SM{Guid.NewGuid():N}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task SendAsync(string sid, string from, string body)
    {
        var form = new List<KeyValuePair<string, string>> { new("MessageSid", sid), new("From", from), new("To", ConciergeAppFactory.TwilioNumber), new("Body", body), new("NumMedia", "0") };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/twilio/message", UriKind.Relative)) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add(TwilioSignature.HeaderName, ConciergeAppFactory.Account.Sign("/twilio/message", form));
        using var client = app.CreateClient();
        (await client.SendAsync(request)).EnsureSuccessStatusCode();
    }

    /// <summary>The page once it shows <paramref name="expected"/> (the note is read in the background).</summary>
    private static async Task<string> EventuallyAsync(HttpClient browser, string path, string expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var html = await browser.GetStringAsync(new Uri(path, UriKind.Relative));
            if (html.Contains(expected, StringComparison.Ordinal) || DateTime.UtcNow > deadline)
            {
                return html;
            }

            await Task.Delay(100);
        }
    }
}
