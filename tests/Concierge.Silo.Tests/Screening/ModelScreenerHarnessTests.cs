using Concierge.Grains.Interfaces.Screening;
using Concierge.TestSupport;
using Concierge.TestSupport.Screening;

namespace Concierge.Silo.Tests.Screening;

/// <summary>
/// The model-backed screener runs through the same corpus harness as the offline one, against the fake chat-completions
/// server: one request per caller, each answer parsed into a decision. A scripted fake says nothing about accuracy.
/// </summary>
public sealed class ModelScreenerHarnessTests : IAsyncLifetime
{
    private FakeChatCompletionsServer server = null!;

    public async Task InitializeAsync() => server = await FakeChatCompletionsServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task EachCorpusCallerIsOneModelRequestAndEachAnswerBecomesADecision()
    {
        var brain = FakeModelBrain.For(server);
        var callers = CorpusCall.LoadAll().Where(call => call.Id.EndsWith("-01", StringComparison.Ordinal)).ToList();

        var scorecard = await ScreeningScorecard.RunAsync(brain, callers);

        Assert.Equal(callers.Count, server.Requests.Count);
        Assert.All(scorecard.Calls, scored => Assert.Equal(ScreeningAction.TakeMessage, scored.Decision.Action));
        Assert.Contains(server.Requests, request => request.Body.ToJsonString().Contains("Northside Windows", StringComparison.Ordinal));
    }
}
