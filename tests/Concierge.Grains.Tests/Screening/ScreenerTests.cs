using Concierge.Grains.Interfaces.Screening;
using Concierge.Grains.Screening;
using Microsoft.Extensions.Logging.Abstractions;

namespace Concierge.Grains.Tests.Screening;

public sealed class ScreenerTests
{
    private static readonly ScreeningContext Context = new("Alex", "", ["en-US"], [new(Speaker.Caller, "It's Sam, my car broke down")], CallerHistory.None, 1, 3);

    private readonly ScriptedBrain offline = new("offline", (_, _) => Task.FromResult(ScriptedBrain.Decision(ScreeningAction.TakeMessage)));

    [Fact]
    public async Task TimelyModelDecisionIsUsed()
    {
        var model = new ScriptedBrain("model", (_, _) => Task.FromResult(ScriptedBrain.Decision(ScreeningAction.Transfer)));

        var outcome = await Screen(model);

        Assert.Equal(ScreeningAction.Transfer, outcome.Decision.Action);
        Assert.Equal("model", outcome.Brain);
        Assert.Null(outcome.FallbackReason);
        Assert.Equal(0, offline.Calls);
    }

    [Fact]
    public async Task ModelThatHangsEvenIgnoringCancellationIsReplacedByTheOfflineScreenerAtTheDeadline()
    {
        var never = new TaskCompletionSource<ScreeningDecision>();
        var model = new ScriptedBrain("model", (_, _) => never.Task);

        var outcome = await Screen(model, TimeSpan.FromMilliseconds(100)).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(ScreeningAction.TakeMessage, outcome.Decision.Action);
        Assert.Equal("deadline", outcome.FallbackReason);
        Assert.Equal("offline (fallback: model deadline)", outcome.Brain);
    }

    [Fact]
    public async Task ModelThatHonoursCancellationIsCancelledAtTheDeadline()
    {
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var model = new ScriptedBrain("model", async (_, token) =>
        {
            // Never disposed: disposing it as the delay ends could unregister it before the canceller runs it.
            token.Register(() => cancelled.TrySetResult());
            await Task.Delay(Timeout.Infinite, token);
            return ScriptedBrain.Decision(ScreeningAction.Transfer);
        });

        var outcome = await Screen(model, TimeSpan.FromMilliseconds(100)).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal("deadline", outcome.FallbackReason);
        await cancelled.Task.WaitAsync(TimeSpan.FromSeconds(30)); // the abandoned brain was told to stop
    }

    [Fact]
    public async Task ATurnGivenUpStopsTheModelAndDecidesNothing()
    {
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var model = new ScriptedBrain("model", async (_, token) =>
        {
            token.Register(() => stopped.TrySetResult());
            await Task.Delay(Timeout.Infinite, token);
            return ScriptedBrain.Decision(ScreeningAction.Transfer);
        });
        using var turn = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        var screening = new Screener(model, offline, TimeSpan.FromSeconds(20), TimeProvider.System, NullLogger<Screener>.Instance).ScreenAsync(Context, turn.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => screening.WaitAsync(TimeSpan.FromSeconds(10)));
        await stopped.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(0, offline.Calls); // no fallback decision for a turn nobody waits for
    }

    [Fact]
    public async Task FailingModelFallsBackNamingTheFailure()
    {
        var model = new ScriptedBrain("model", (_, _) => Task.FromException<ScreeningDecision>(new HttpRequestException("429")));

        var outcome = await Screen(model);

        Assert.Equal(ScreeningAction.TakeMessage, outcome.Decision.Action);
        Assert.Equal(nameof(HttpRequestException), outcome.FallbackReason);
    }

    [Fact]
    public async Task ModelAnswerWithNothingToSayFallsBack()
    {
        var model = new ScriptedBrain("model", (_, _) => Task.FromResult(ScriptedBrain.Decision(ScreeningAction.Transfer, reply: " ")));

        var outcome = await Screen(model);

        Assert.Equal("unusable answer", outcome.FallbackReason);
    }

    [Fact]
    public async Task OfflineOnlyScreenerAsksOnceWithoutAFallback()
    {
        var screener = new Screener(offline, offline, TimeSpan.FromSeconds(2), TimeProvider.System, NullLogger<Screener>.Instance);

        var outcome = await screener.ScreenAsync(Context);

        Assert.Equal("offline", outcome.Brain);
        Assert.Null(outcome.FallbackReason);
        Assert.Equal(1, offline.Calls);
    }

    private Task<ScreeningOutcome> Screen(IScreeningBrain model, TimeSpan? deadline = null) =>
        new Screener(model, offline, deadline ?? TimeSpan.FromSeconds(5), TimeProvider.System, NullLogger<Screener>.Instance).ScreenAsync(Context);
}
