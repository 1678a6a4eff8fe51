using Concierge.Grains.Interfaces.Calls;
using Concierge.Grains.Interfaces.Companies;
using Concierge.Silo.Queries;
using Concierge.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Concierge.WebFront.Tests.Media;

/// <summary>The owner's live page follows a realtime call turn by turn while it is still in progress.</summary>
public sealed class RealtimeLiveViewTests(RealtimeApp realtime) : IClassFixture<RealtimeApp>
{
    [Fact]
    public async Task TheLivePageShowsEachSideOfARealtimeCallAsItIsSpoken()
    {
        var since = DateTimeOffset.UtcNow.AddSeconds(-1).ToUnixTimeMilliseconds();
        var (call, stream) = await realtime.StreamAsync();
        await using var _ = stream;
        realtime.Model.Enqueue(new FakeReply("Hi, it's Sam from the garage.", "Hello Sam, what is it about?", RealtimeApp.Speech(300)));

        await stream.SpeakAsync([.. RealtimeApp.Speech(200), .. RealtimeApp.Silence(40)]);

        var live = await LiveRowAsync(call.CallSid, since, row => row.TurnText == "Hello Sam, what is it about?");
        Assert.Equal("Hi, it's Sam from the garage.", live.CallerLine);
        Assert.Equal(TurnSpeakers.Concierge, live.TurnSpeaker);
        Assert.NotNull(live.TurnLatencyMs); // the response time heard, shown beside the reply
        Assert.False(stream.Closed.IsCompleted); // seen while the call is still speaking, not from its record afterwards
    }

    /// <summary>The call's row as the live page's next poll reads it, once it matches.</summary>
    private async Task<LiveCall> LiveRowAsync(string callSid, long sinceMs, Func<LiveCall, bool> shows)
    {
        var queries = realtime.App.Services.GetRequiredService<LiveCallQueries>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var row = (await queries.ChangedSinceAsync(CompanyIds.Default, sinceMs, take: 500)).LastOrDefault(c => c.CallSid == callSid);
            if (row is not null && shows(row))
            {
                return row;
            }

            Assert.True(DateTime.UtcNow < deadline, $"the live page last showed: {row?.TurnSpeaker}: {row?.TurnText}");
            await Task.Delay(100);
        }
    }
}
