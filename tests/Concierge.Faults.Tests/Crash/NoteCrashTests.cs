using System.Net;
using Concierge.Simulator.Protocol;
using Concierge.TestSupport;

namespace Concierge.Faults.Tests.Crash;

/// <summary>
/// A voice note acknowledged to Twilio, then the process killed with SIGKILL while it downloads the recording: the
/// restarted app finds the note in its store and finishes it (transcribed, read, answered once).
/// </summary>
public sealed class NoteCrashTests : IDisposable
{
    private const string Said = "Replace the boiler valve at 12 Rue Lepic for Mrs Martin, bring a 22mm valve, by Friday.";
    private static readonly byte[] Recording = [0x4F, 0x67, 0x67, 0x53, 0x00, 0x02, 0x2A, 0x17];

    private readonly TempDirectory directory = new();

    [Fact]
    public async Task VoiceNoteAcknowledgedBeforeAKillNineIsProcessedAndAnsweredOnceAfterTheRestart()
    {
        await using var twilio = await FakeTwilioApi.StartAsync(authToken: ConciergeEnvironment.AuthToken);
        await using var openAi = await FakeChatCompletionsServer.StartAsync();
        openAi.TranscriptionText = Said;
        var environment = NotesDriver.ProcessEnvironment(directory.File("concierge.db"), twilio, openAi);
        var sid = $"SM{Guid.NewGuid():N}";

        twilio.HoldMedia();
        NotesTenant company;
        await using (var first = await WebFrontProcess.StartAsync(directory.Path, environment))
        {
            using var http = TwilioHttpClient.Create(first.BaseAddress);
            var notes = NotesDriver.ForProcess(http);
            company = await notes.NewCompanyAsync(ConciergeEnvironment.TwilioNumber);
            using var acknowledged = await notes.SendAsync(sid, company.Sender, company.Number, "", (twilio.AddMedia(Recording, "audio/ogg"), "audio/ogg"));
            Assert.Equal(HttpStatusCode.OK, acknowledged.StatusCode);
            await twilio.MediaRequested.WaitAsync(TimeSpan.FromSeconds(30)); // processing began after the acknowledgement
            await first.KillAsync();
        }

        Assert.Empty(twilio.MessagesSent);
        twilio.ReleaseMedia();
        await using var second = await WebFrontProcess.StartAsync(directory.Path, environment);
        using var api = TwilioHttpClient.Create(second.BaseAddress);
        api.DefaultRequestHeaders.Add("X-Api-Key", company.ApiKey);
        var note = await NotesDriver.SettledAsync(api, sid, TimeSpan.FromSeconds(60));

        Assert.Equal("processed", note.GetProperty("status").GetString());
        Assert.Equal(Said, note.GetProperty("text").GetString());
        Assert.Equal("job", note.GetProperty("intent").GetString());
        Assert.StartsWith("Saved as a job:", Assert.Single(twilio.MessagesSent, m => m.Value("To") == company.Sender).Value("Body"), StringComparison.Ordinal);
        Assert.Equal(Recording, Assert.Single(openAi.Transcriptions).File);
    }

    public void Dispose() => directory.Dispose();
}
