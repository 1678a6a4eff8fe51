using System.Text;
using System.Text.Json;
using Concierge.Grains.Interfaces.Blobs;
using Concierge.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Concierge.WebFront.Tests.Notes;

/// <summary>Voice notes transcribed through a local fake of the OpenAI audio API, each test with an app of its own.</summary>
public sealed class VoiceNoteTranscriptionTests
{
    private const string Model = "gpt-4o-mini-transcribe";

    private const string Said = "Need to replace the boiler valve at 12 Rue Lepic for Mrs Martin, bring a 22mm valve and PTFE tape, by Friday.";

    private static readonly byte[] Recording = [0x4F, 0x67, 0x67, 0x53, 0x00, 0x02, 0x2A, 0x17];

    [Fact]
    public async Task VoiceNoteIsTranscribedClassifiedSummarisedStoredAndAnsweredOnce()
    {
        await using var openAi = await FakeChatCompletionsServer.StartAsync();
        openAi.TranscriptionText = Said;
        await using var notes = await StartAsync(openAi);

        var (company, sid, note) = await SendVoiceNoteAsync(notes);

        Assert.Equal("processed", note.GetProperty("status").GetString());
        Assert.Equal(Said, note.GetProperty("text").GetString());
        Assert.Equal("job", note.GetProperty("intent").GetString());
        Assert.Equal("Mrs Martin", note.GetProperty("summary").GetProperty("customer").GetString());
        Assert.Equal(["audio", "full_text", "summary"], note.GetProperty("files").EnumerateArray().Select(f => f.GetString()));
        var blobs = notes.Services.GetRequiredService<IBlobStore>();
        Assert.Equal(Recording, (await blobs.GetAsync($"{company.Id}/job/{sid}_audio.ogg"))!.Content.ToArray());
        Assert.Equal(Said, Encoding.UTF8.GetString((await blobs.GetAsync($"{company.Id}/job/{sid}_full_text.txt"))!.Content.Span));
        Assert.NotNull(await blobs.GetAsync($"{company.Id}/job/{sid}_summary.json"));
        Assert.StartsWith("Saved as a job: Need to replace the boiler valve", Assert.Single(notes.Twilio.MessagesSent, m => m.Value("To") == company.Sender).Value("Body"), StringComparison.Ordinal);
        var upload = Assert.Single(openAi.Transcriptions);
        Assert.Equal("/v1/audio/transcriptions", upload.Path);
        Assert.Equal(Model, upload.Model);
        Assert.Equal(Recording, upload.File);
        Assert.EndsWith(".ogg", upload.FileName, StringComparison.Ordinal);
        Assert.Equal("Bearer sk-test-transcription", upload.Headers.Authorization.ToString());
    }

    [Fact]
    public async Task VoiceNoteIsProcessedAfterTheTranscriptionServiceFailedOnce()
    {
        await using var openAi = await FakeChatCompletionsServer.StartAsync();
        openAi.TranscriptionText = Said;
        openAi.FailNextTranscriptions(503);
        await using var notes = await StartAsync(openAi);

        var (company, _, note) = await SendVoiceNoteAsync(notes);

        Assert.Equal("processed", note.GetProperty("status").GetString());
        Assert.Equal(1, note.GetProperty("attempts").GetInt32());
        Assert.Equal(2, openAi.Transcriptions.Count);
        Assert.All(openAi.Transcriptions, upload => Assert.Equal(Recording, upload.File));
        Assert.Single(notes.Twilio.MessagesSent, m => m.Value("To") == company.Sender);
    }

    [Fact]
    public async Task VoiceNoteTheServiceCannotReadIsRefusedWithAReplyAndNotRetried()
    {
        await using var openAi = await FakeChatCompletionsServer.StartAsync();
        openAi.FailNextTranscriptions(400);
        await using var notes = await StartAsync(openAi);

        var (company, _, note) = await SendVoiceNoteAsync(notes);

        Assert.Equal("refused", note.GetProperty("status").GetString());
        Assert.Contains("could not be transcribed", note.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("could not be transcribed", Assert.Single(notes.Twilio.MessagesSent, m => m.Value("To") == company.Sender).Value("Body"), StringComparison.Ordinal);
        Assert.Single(openAi.Transcriptions);
    }

    [Fact]
    public async Task VoiceNoteThatWaitedIsProcessedOnceATranscriptionModelIsConfigured()
    {
        await using var openAi = await FakeChatCompletionsServer.StartAsync();
        openAi.TranscriptionText = Said;
        await using var notes = new NotesApp();
        await ((IAsyncLifetime)notes).InitializeAsync();
        var sid = NotesApp.NewMessageSid();
        NotesCompany company;
        await using (var unconfigured = notes.WithWebHostBuilder(_ => { }))
        {
            company = await NotesApp.NewCompanyAsync(unconfigured);
            using var acknowledged = await NotesApp.SendMessageAsync(
                unconfigured, sid, company.Sender, company.Number, "", (notes.Twilio.AddMedia(Recording, "audio/ogg"), "audio/ogg"));
            Assert.Equal("waiting", (await NotesApp.SettledNoteAsync(company.Api, sid)).GetProperty("status").GetString());
        }

        Configure(notes, openAi);
        await using var configured = notes.WithWebHostBuilder(_ => { });
        using var api = configured.CreateClient();
        api.DefaultRequestHeaders.Add("X-Api-Key", company.Api.DefaultRequestHeaders.GetValues("X-Api-Key").Single());
        var note = await NotesApp.SettledNoteAsync(api, sid);

        Assert.Equal("processed", note.GetProperty("status").GetString());
        Assert.Equal(Said, note.GetProperty("text").GetString());
        Assert.Equal(Recording, Assert.Single(openAi.Transcriptions).File);
        Assert.StartsWith("Saved as a job:", Assert.Single(notes.Twilio.MessagesSent, m => m.Value("To") == company.Sender).Value("Body"), StringComparison.Ordinal);
    }

    /// <summary>A voice note from a new company's sender, as the API shows it once settled.</summary>
    private static async Task<(NotesCompany Company, string Sid, JsonElement Note)> SendVoiceNoteAsync(NotesApp notes)
    {
        var company = await notes.NewCompanyAsync();
        var sid = NotesApp.NewMessageSid();
        using var acknowledged = await notes.SendMessageAsync(sid, company.Sender, company.Number, "", (notes.Twilio.AddMedia(Recording, "audio/ogg"), "audio/ogg"));
        Assert.Equal("<Response></Response>", await acknowledged.Content.ReadAsStringAsync());
        return (company, sid, await NotesApp.SettledNoteAsync(company.Api, sid));
    }

    private static async Task<NotesApp> StartAsync(FakeChatCompletionsServer openAi)
    {
        var notes = new NotesApp();
        await ((IAsyncLifetime)notes).InitializeAsync();
        Configure(notes, openAi);
        return notes;
    }

    /// <summary>The transcription settings alone: the screener stays offline, so nothing is borrowed from it.</summary>
    private static void Configure(NotesApp notes, FakeChatCompletionsServer openAi)
    {
        notes.Settings["Concierge:Transcription:Model"] = Model;
        notes.Settings["Concierge:Transcription:Endpoint"] = new Uri(openAi.BaseAddress, "v1").ToString();
        notes.Settings["Concierge:Transcription:ApiKey"] = "sk-test-transcription";
    }
}
