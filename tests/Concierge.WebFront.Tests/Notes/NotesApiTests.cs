using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Text.Json;
using Concierge.WebFront.Tests.Api;

namespace Concierge.WebFront.Tests.Notes;

public sealed class NotesApiTests(NotesApp app) : IClassFixture<NotesApp>
{
    [Fact]
    public async Task DownloadLinksGiveTheArtifactsAndAnAlteredLinkIsRefused()
    {
        var company = await app.NewCompanyAsync();
        var sid = await ProcessedNoteAsync(company, "Tip: on Vaillant boilers fault F28 usually means the gas valve is closed.");

        var files = await (await company.Api.GetAsync($"/api/notes/{sid}/files")).JsonAsync(HttpStatusCode.OK);
        var links = files.EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => new Uri(f.GetProperty("url").GetString()!));
        using var anonymous = app.CreateClient();
        var text = await anonymous.GetStringAsync(links["full_text"].PathAndQuery);
        var summary = JsonDocument.Parse(await anonymous.GetStringAsync(links["summary"].PathAndQuery)).RootElement;
        var altered = links["full_text"].PathAndQuery[..^3] + (links["full_text"].PathAndQuery.EndsWith("AAA", StringComparison.Ordinal) ? "BBB" : "AAA");
        var otherFile = links["summary"].PathAndQuery.Replace("/files/summary?", "/files/full_text?", StringComparison.Ordinal);

        Assert.Contains("fault F28", text, StringComparison.Ordinal);
        Assert.Equal("knowledge", summary.GetProperty("intent").GetString());
        await (await anonymous.GetAsync(altered)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await anonymous.GetAsync(otherFile)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await anonymous.GetAsync($"/api/notes/{sid}/files/full_text")).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task DownloadLinkExpiresAfterItsMinutes()
    {
        var company = await app.NewCompanyAsync();
        var sid = await ProcessedNoteAsync(company, "Replace the boiler valve at 12 Rue Lepic tomorrow.");
        var links = app.Services.GetRequiredService<Concierge.WebFront.Api.NoteFileLinks>();
        var expired = new Concierge.WebFront.Api.NoteFileLinks(
            app.Services.GetRequiredService<Microsoft.AspNetCore.DataProtection.IDataProtectionProvider>(),
            Microsoft.Extensions.Options.Options.Create(new Concierge.Grains.Notes.NotesOptions { LinkMinutes = 5 }),
            new ShiftedTime(TimeSpan.FromMinutes(-6)));

        var (token, _) = expired.Issue(sid, "full_text");
        using var anonymous = app.CreateClient();
        using var gone = await anonymous.GetAsync($"/api/notes/{sid}/files/full_text?token={Uri.EscapeDataString(token)}");

        await gone.ProblemAsync(HttpStatusCode.Gone);
        Assert.Equal(Concierge.WebFront.Api.LinkCheck.Expired, links.Check(sid, "full_text", token));
    }

    [Fact]
    public async Task AnotherCompanySeesNothingOfTheNotes()
    {
        var a = await app.NewCompanyAsync();
        var b = await app.NewCompanyAsync();
        var sid = await ProcessedNoteAsync(a, "Fix the leaking tap at 45 Oak Street for John Bell on Monday.");

        var list = await (await b.Api.GetAsync("/api/notes")).JsonAsync(HttpStatusCode.OK);
        using var note = await b.Api.GetAsync($"/api/notes/{sid}");
        using var files = await b.Api.GetAsync($"/api/notes/{sid}/files");

        Assert.Empty(list.GetProperty("items").EnumerateArray());
        await note.ProblemAsync(HttpStatusCode.NotFound);
        await files.ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task NotesAreFilteredByIntentSenderAndWords()
    {
        var company = await app.NewCompanyAsync();
        var job = await ProcessedNoteAsync(company, "Install a new thermostat at 3 Park Avenue next week.");
        var knowledge = await ProcessedNoteAsync(company, "Astuce : sur les chaudières Frisquet, appuyer cinq secondes sur le bouton reset.");

        var jobs = await IdsAsync(company, "/api/notes?intent=job");
        var found = await IdsAsync(company, "/api/notes?q=CHAUDIERES");
        var fromSender = await IdsAsync(company, $"/api/notes?sender={Uri.EscapeDataString(company.Sender)}");
        var fromNobody = await IdsAsync(company, $"/api/notes?sender={Uri.EscapeDataString(Concierge.TestSupport.TestPhones.Next())}");
        var problem = await (await company.Api.GetAsync("/api/notes?intent=chore")).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal([job], jobs);
        Assert.Equal([knowledge], found);
        Assert.Equal([knowledge, job], fromSender);
        Assert.Empty(fromNobody);
        Assert.NotEmpty(problem.FieldError("intent"));
    }

    private async Task<string> ProcessedNoteAsync(NotesCompany company, string body)
    {
        var sid = NotesApp.NewMessageSid();
        using var answer = await app.SendMessageAsync(sid, company.Sender, company.Number, body);
        Assert.Equal("processed", (await NotesApp.SettledNoteAsync(company.Api, sid)).GetProperty("status").GetString());
        return sid;
    }

    private static async Task<string[]> IdsAsync(NotesCompany company, string url) =>
        [.. (await (await company.Api.GetAsync(url)).JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray().Select(n => n.GetProperty("id").GetString()!)];

    private sealed class ShiftedTime(TimeSpan shift) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + shift;
    }
}
