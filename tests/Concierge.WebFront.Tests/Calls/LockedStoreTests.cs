using System.Diagnostics;
using System.Net;
using Concierge.Grains.Calls;
using Concierge.Grains.Interfaces.Calls;
using Concierge.Silo.Storage;
using Concierge.Simulator.Protocol;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Xunit.Abstractions;
using Concierge.TestSupport;

namespace Concierge.WebFront.Tests.Calls;

/// <summary>
/// The embedded SQLite file held by another writer (a second process, a backup tool, a stuck connection): every webhook
/// still answers inside Twilio's patience, and once the file is free the call log says what each caller was told.
/// </summary>
public sealed class LockedStoreTests(ITestOutputHelper output)
{
    /// <summary>Twilio gives up on a webhook after 15 s; answers must come well before.</summary>
    private static readonly TimeSpan AnswerBound = TimeSpan.FromSeconds(12);

    /// <summary>
    /// Recording an apology whose status callback was lost waits for the call to fall silent
    /// (<see cref="CallGrain.TroubleSilence"/>), then for the recorder's next attempt.
    /// </summary>
    private static readonly TimeSpan LogBound = CallGrain.TroubleSilence + TimeSpan.FromSeconds(90);

    [Fact]
    public async Task CallersAnsweredWhileTheSqliteFileIsLockedHearInTimeAndTheLogLaterSaysTheyWereToldOfATechnicalProblem()
    {
        await using var app = new ConciergeAppFactory();
        var screening = app.NewCall();
        await screening.RingAsync();
        var ringing = app.NewCall();

        Twiml speech, ring;
        TimeSpan speechTook, ringTook, statusTook;
        HttpStatusCode lostStatus;
        await using (await LockAsync(app))
        {
            var clock = Stopwatch.StartNew();
            speech = await screening.SayAsync("Hi, this is Sam, Alex's brother. There's been a car accident, it's urgent.");
            speechTook = clock.Elapsed;
            clock.Restart();
            ring = await ringing.RingAsync();
            ringTook = clock.Elapsed;
            clock.Restart();
            using var status = await screening.HangUpAsync(20); // Twilio reports the hang-up at once: the file is still locked
            statusTook = clock.Elapsed;
            lostStatus = status.StatusCode;
        }

        output.WriteLine($"gather answered in {speechTook.TotalMilliseconds:F0} ms, voice in {ringTook.TotalMilliseconds:F0} ms, status in {statusTook.TotalMilliseconds:F0} ms");
        Assert.True(speech.IsServiceTrouble && speech.HangsUp, speech.Root.ToString());
        Assert.True(ring.IsServiceTrouble && ring.HangsUp, ring.Root.ToString());
        Assert.True(speechTook < AnswerBound, $"gather took {speechTook}; Twilio gives up after 15 s");
        Assert.True(ringTook < AnswerBound, $"voice took {ringTook}; Twilio gives up after 15 s");
        Assert.True(statusTook < AnswerBound, $"status took {statusTook}; Twilio gives up after 15 s");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, lostStatus); // not recorded, and Twilio does not send it again

        foreach (var call in new[] { ringing, screening })
        {
            var record = await EndedAsync(app, call.CallSid);
            Assert.Equal(ServiceTrouble.Announcement, record.Turns.Last(t => t.Speaker == TurnSpeakers.Concierge).Text);
            Assert.DoesNotContain(record.Turns, t => t.Speaker == TurnSpeakers.Caller); // the turn nobody was answered for was not kept
            Assert.Equal(CallDecisions.Abandoned, record.FinalDecision);
            Assert.Equal(CallGrain.TroubleReason, record.Reason);
        }

        using var late = await screening.HangUpAsync(20); // a status callback arriving after all
        var after = (await app.Grains.GetGrain<ICallGrain>(screening.CallSid).GetAsync())!;
        Assert.Equal(HttpStatusCode.NoContent, late.StatusCode);
        Assert.Equal(20, after.DurationSeconds);
        Assert.Equal(CallGrain.TroubleReason, after.Reason); // it does not rewrite why the call ended
    }

    /// <summary>Another connection takes the file's write lock (BEGIN IMMEDIATE) and holds it until disposed.</summary>
    private static async Task<IAsyncDisposable> LockAsync(ConciergeAppFactory app)
    {
        var file = ((SqliteDialect)app.Services.GetRequiredService<SqlStore>().Dialect).DataSource;
        var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        await using var begin = connection.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE";
        await begin.ExecuteNonQueryAsync();
        return connection; // disposing rolls the open transaction back and frees the file
    }

    /// <summary>The call's record once the log says it ended on the apology (recorded in the background).</summary>
    private static async Task<CallRecord> EndedAsync(ConciergeAppFactory app, string callSid)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var record = await app.Grains.GetGrain<ICallGrain>(callSid).GetAsync();
            if (record is { Status: "ended" } && record.Turns.Any(t => t.Text == ServiceTrouble.Announcement) || waited.Elapsed > LogBound)
            {
                Assert.NotNull(record);
                Assert.Equal("ended", record.Status);
                return record;
            }

            await Task.Delay(250);
        }
    }
}
