using System.Diagnostics;
using System.Globalization;
using Xunit.Abstractions;

namespace Concierge.WebFront.Tests.Notes;

/// <summary>Sixty text notes sent at once are each processed and answered once (throughput figures come from ./bench.sh notes).</summary>
public sealed class NoteThroughputTests(NotesApp app, ITestOutputHelper output) : IClassFixture<NotesApp>
{
    private const int Notes = 60;

    [Fact]
    public async Task SixtyTextNotesAreAllProcessedAndAnsweredOnce()
    {
        var company = await app.NewCompanyAsync();
        var sids = Enumerable.Range(0, Notes).Select(_ => NotesApp.NewMessageSid()).ToList();

        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(sids, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (sid, _) =>
            (await app.SendMessageAsync(sid, company.Sender, company.Number, "Replace the fill valve at flat 4, 60 Queen Street, tenant is Tom, by Friday.")).Dispose());
        var acknowledged = clock.Elapsed;
        foreach (var sid in sids)
        {
            Assert.Equal("processed", (await NotesApp.SettledNoteAsync(company.Api, sid)).GetProperty("status").GetString());
        }

        var processed = clock.Elapsed;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"notes: {Notes} acknowledged in {acknowledged.TotalSeconds:F2} s, all processed and answered in {processed.TotalSeconds:F2} s = {Notes / processed.TotalSeconds:F1} notes/s"));
        Assert.Equal(Notes, app.Twilio.MessagesSent.Count(m => m.Value("To") == company.Sender));
    }
}
