using Concierge.Silo.Queries;
using Concierge.WebFront.Dashboard.Live;

namespace Concierge.Dashboard.Tests.Live;

/// <summary>How a live stream steps through the call changes it polls, across the overlap that catches late commits.</summary>
public sealed class LiveCallCursorTests
{
    private const long Start = 1_000_000;
    private static readonly long Overlap = (long)LiveCallCursor.Overlap.TotalMilliseconds;

    [Fact]
    public void APollSendsEveryNewChangeAndMovesPastTheNewest()
    {
        var cursor = new LiveCallCursor(Start);

        var sent = cursor.Accept([Change("CA-b", Start + 20), Change("CA-a", Start + 10)]);

        Assert.Equal(["CA-a", "CA-b"], sent.Select(c => c.CallSid));
        Assert.Equal(Start + 20, cursor.PositionMs);
        Assert.Equal(Start + 20 - Overlap, cursor.QueryAfterMs);
    }

    [Fact]
    public void ChangesReadAgainInTheOverlapAreNotSentTwiceButNewerVersionsAre()
    {
        var cursor = new LiveCallCursor(Start);
        cursor.Accept([Change("CA-a", Start + 10), Change("CA-b", Start + 20)]);

        var sent = cursor.Accept([Change("CA-a", Start + 10), Change("CA-b", Start + 30)]);

        Assert.Equal([("CA-b", Start + 30)], sent.Select(c => (c.CallSid, c.UpdatedAtMs)));
    }

    [Fact]
    public void AChangeCommittedLateWithAnEarlierStampIsStillSent()
    {
        var cursor = new LiveCallCursor(Start);
        cursor.Accept([Change("CA-fast-node", Start + 2_000)]);

        // Another node stamped its change before the newest one sent, but committed after that poll.
        var sent = cursor.Accept([Change("CA-slow-node", Start + 1_500), Change("CA-fast-node", Start + 2_000)]);

        Assert.Equal(["CA-slow-node"], sent.Select(c => c.CallSid));
        Assert.Equal(Start + 2_000, cursor.PositionMs);
    }

    [Fact]
    public void NothingNewLeavesThePositionWhereItWas()
    {
        var cursor = new LiveCallCursor(Start);

        Assert.Empty(cursor.Accept([]));
        Assert.Equal(Start, cursor.PositionMs);
    }

    private static LiveCall Change(string callSid, long updatedAtMs) => new() { CallSid = callSid, UpdatedAtMs = updatedAtMs, Status = "screening" };
}
