using System.Net;
using Azure.Storage.Blobs.Models;
using Concierge.Grains.Interfaces.Notes;
using Concierge.Grains.Notes;
using Concierge.Silo.Blobs;
using Concierge.WebFront.Api;
using Concierge.WebFront.Tests.Api;
using Concierge.WebFront.Tests.Leads;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans;

namespace Concierge.WebFront.Tests.Notes;

/// <summary>Notes with their artifacts on Azure Blob Storage (the Azurite emulator): Azure serves the downloads through SAS links.</summary>
public sealed class AzureBlobNotesTests(AzureBlobNotesApp app) : IClassFixture<AzureBlobNotesApp>
{
    // A client of nobody: a SAS link is its own permission, no key, no cookie.
    private static readonly HttpClient Anyone = new();

    [Fact]
    public async Task ATextNotesArtifactsLandInTheContainerAndItsSasLinksDownloadThem()
    {
        var company = await app.NewCompanyAsync();
        var sid = await ProcessedNoteAsync(company, "Tip: on Vaillant boilers fault F28 usually means the gas valve is closed.");

        var links = await LinksAsync(company, sid);
        var blobs = new List<string>();
        await foreach (var blob in app.Container.GetBlobsAsync(BlobTraits.None, BlobStates.None, $"{company.Id}/", CancellationToken.None))
        {
            blobs.Add(blob.Name);
        }

        Assert.Equal([$"{company.Id}/knowledge/{sid}_full_text.txt", $"{company.Id}/knowledge/{sid}_summary.json"], blobs.Order());
        Assert.All(links.Values, link => Assert.StartsWith(app.Container.Uri.ToString(), link.ToString(), StringComparison.Ordinal));
        Assert.Contains("fault F28", await Anyone.GetStringAsync(links["full_text"]), StringComparison.Ordinal);
        Assert.Contains("\"intent\": \"knowledge\"", await Anyone.GetStringAsync(links["summary"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAlteredSasLinkIsRefused()
    {
        var company = await app.NewCompanyAsync();
        var sid = await ProcessedNoteAsync(company, "Replace the boiler valve at 12 Rue Lepic tomorrow.");
        var links = await LinksAsync(company, sid);
        var link = links["full_text"].ToString();
        var signature = link.IndexOf("sig=", StringComparison.Ordinal) + 4;
        var forged = link[..signature] + (link[signature] == 'A' ? 'B' : 'A') + link[(signature + 1)..];
        var otherBlob = link.Replace("_full_text.txt", "_summary.json", StringComparison.Ordinal);
        var longerLived = link.Replace($"se={DateTime.UtcNow.Year}", "se=2099", StringComparison.Ordinal);

        using var forgedAnswer = await Anyone.GetAsync(new Uri(forged));
        using var otherBlobAnswer = await Anyone.GetAsync(new Uri(otherBlob));
        using var longerLivedAnswer = await Anyone.GetAsync(new Uri(longerLived));
        using var unsigned = await Anyone.GetAsync(new Uri(link[..link.IndexOf('?', StringComparison.Ordinal)]));

        Assert.Equal(HttpStatusCode.Forbidden, forgedAnswer.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherBlobAnswer.StatusCode);
        Assert.NotEqual(link, longerLived);
        Assert.Equal(HttpStatusCode.Forbidden, longerLivedAnswer.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, unsigned.StatusCode);
    }

    [Fact]
    public async Task ASasLinkStopsWorkingOnceExpired()
    {
        var company = await app.NewCompanyAsync();
        var sid = await ProcessedNoteAsync(company, "Install a new thermostat at 3 Park Avenue next week.");
        var note = (await app.Services.GetRequiredService<IGrainFactory>().GetGrain<INoteGrain>(sid).GetAsync())!;
        // A clock set back so the 5-minute link expires a few seconds from now; Azure (here Azurite) judges by its own clock.
        var clock = new MovableTime();
        clock.Advance(-TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(8));
        var shortLinks = new NoteFileLinks(
            app.Services.GetRequiredService<IDataProtectionProvider>(), Options.Create(new NotesOptions { LinkMinutes = 5 }), clock,
            app.Services.GetRequiredService<IBlobReadLinks>());

        var link = await shortLinks.LinkAsync(note, NoteArtifacts.FullText, "");
        using var early = await Anyone.GetAsync(new Uri(link.Url));
        await Task.Delay(link.ExpiresAt - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(2));
        using var late = await Anyone.GetAsync(new Uri(link.Url));

        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, late.StatusCode);
    }

    [Fact]
    public async Task AnotherCompanyIsGivenNoLinkToTheNotes()
    {
        var a = await app.NewCompanyAsync();
        var b = await app.NewCompanyAsync();
        var sid = await ProcessedNoteAsync(a, "Fix the leaking tap at 45 Oak Street for John Bell on Monday.");

        using var files = await b.Api.GetAsync($"/api/notes/{sid}/files");

        await files.ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(2, (await LinksAsync(a, sid)).Count);
    }

    [Fact]
    public async Task TheStoreGivesBackWhatItKeptUntilItIsDeleted()
    {
        var blobs = app.Services.GetRequiredService<Concierge.Grains.Interfaces.Blobs.IBlobStore>();
        var path = $"store-{Guid.NewGuid():N}/other/SM1_audio.ogg";

        await blobs.PutAsync(path, new byte[] { 1, 2, 3 }, "audio/ogg");
        await blobs.PutAsync(path, new byte[] { 4, 5 }, "audio/ogg");
        var kept = await blobs.GetAsync(path);
        await blobs.DeleteAsync(path);
        await blobs.DeleteAsync(path);

        Assert.Equal([4, 5], kept!.Content.ToArray());
        Assert.Equal("audio/ogg", kept.ContentType);
        Assert.Null(await blobs.GetAsync(path));
        await Assert.ThrowsAsync<ArgumentException>(() => blobs.PutAsync("../escape.txt", new byte[] { 1 }, "text/plain"));
    }

    private static async Task<Dictionary<string, Uri>> LinksAsync(NotesCompany company, string sid) =>
        (await (await company.Api.GetAsync($"/api/notes/{sid}/files")).JsonAsync(HttpStatusCode.OK)).EnumerateArray()
            .ToDictionary(f => f.GetProperty("name").GetString()!, f => new Uri(f.GetProperty("url").GetString()!));

    private async Task<string> ProcessedNoteAsync(NotesCompany company, string body)
    {
        var sid = NotesApp.NewMessageSid();
        using var answer = await app.SendMessageAsync(sid, company.Sender, company.Number, body);
        Assert.Equal("processed", (await NotesApp.SettledNoteAsync(company.Api, sid)).GetProperty("status").GetString());
        return sid;
    }
}
