using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Concierge.Simulator.Load;
using Concierge.Simulator.Protocol;
using Concierge.TestSupport;

namespace Concierge.Benchmarks;

/// <summary>
/// Notes throughput: the built WebFront as a process on SQLite takes inbound messages from one company's sender, the
/// fake Twilio and fake OpenAI transcription answering at once. Text notes, then voice notes (downloaded, transcribed):
/// each step posts its notes 32 at a time and ends when every note has been answered; the acknowledgement's latency,
/// notes processed per second and CPU per note are reported.
/// </summary>
internal static class NotesBenchmark
{
    private const int Concurrency = 32;
    private const string Text = "Replace the fill valve at flat 4, 60 Queen Street, tenant is Tom, bring a 15mm valve, by Friday.";
    private static readonly byte[] Recording = [0x4F, 0x67, 0x67, 0x53, 0x00, 0x02, 0x2A, 0x17];

    public static async Task RunAsync()
    {
        Console.WriteLine($"Notes: {Concurrency} messages in flight, fakes answering at once. Load average at start: {LoadAverage.Now()}.");
        using var directory = new TempDirectory();
        await using var twilio = await FakeTwilioApi.StartAsync(authToken: ConciergeEnvironment.AuthToken);
        await using var openAi = await FakeChatCompletionsServer.StartAsync();
        openAi.TranscriptionText = Text;
        await using var app = await WebFrontProcess.StartAsync(directory.Path, NotesDriver.ProcessEnvironment(directory.File("concierge.db"), twilio, openAi));
        using var http = TwilioHttpClient.Create(app.BaseAddress);
        var notes = NotesDriver.ForProcess(http);
        var company = await notes.NewCompanyAsync(ConciergeEnvironment.TwilioNumber);
        var media = twilio.AddMedia(Recording, "audio/ogg");

        await RunStepAsync(app, twilio, notes, company, "warm-up (text)", 200, voice: false);
        var steps = new List<string>
        {
            await RunStepAsync(app, twilio, notes, company, "text", 2000, voice: false),
            await RunStepAsync(app, twilio, notes, company, "voice", 500, voice: true, media),
        };

        Console.WriteLine();
        Console.WriteLine("| notes | count | processed/s | ack p50 ms | ack p99 ms | CPU ms per note |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        steps.ForEach(Console.WriteLine);
        Console.WriteLine($"Load average at end: {LoadAverage.Now()}.");
    }

    private static async Task<string> RunStepAsync(
        WebFrontProcess app, FakeTwilioApi twilio, NotesDriver notes, NotesTenant company, string label, int count, bool voice, Uri? media = null)
    {
        var answeredBefore = Replies(twilio, company);
        var acks = new ConcurrentQueue<double>();
        var cpu = app.ProcessorTime;
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (_, cancellationToken) =>
        {
            var sid = $"SM{Guid.NewGuid():N}";
            var sent = Stopwatch.GetTimestamp();
            using var response = voice
                ? await notes.SendAsync(sid, company.Sender, company.Number, "", (media!, "audio/ogg"))
                : await notes.SendAsync(sid, company.Sender, company.Number, Text);
            response.EnsureSuccessStatusCode();
            acks.Enqueue(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
        });
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (Replies(twilio, company) < answeredBefore + count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        var elapsed = clock.Elapsed;
        var cpuMs = (app.ProcessorTime - cpu).TotalMilliseconds;
        var answered = Replies(twilio, company) - answeredBefore;
        if (answered != count)
        {
            throw new InvalidOperationException($"{label}: {answered} of {count} notes answered after five minutes");
        }

        var latency = LatencySummary.Of(label, acks);
        return string.Create(CultureInfo.InvariantCulture,
            $"| {label} | {count:N0} | {count / elapsed.TotalSeconds:F0} | {latency.P50:F1} | {latency.P99:F1} | {cpuMs / count:F2} |");
    }

    private static int Replies(FakeTwilioApi twilio, NotesTenant company) => twilio.MessagesSent.Count(m => m.Value("To") == company.Sender);
}
