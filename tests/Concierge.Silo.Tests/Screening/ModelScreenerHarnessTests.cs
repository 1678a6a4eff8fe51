using Concierge.Grains.Interfaces.Screening;
using Concierge.Silo.Brains;
using Concierge.TestSupport;
using Concierge.TestSupport.Screening;
using Microsoft.Extensions.Logging.Abstractions;

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
        server.Content = """
            {"action":"take_message","reply":"Could you leave a message for Alex?","category":"unknown","urgency":"normal",
             "reason":"Scripted answer.","caller_name":null,"purpose":null,"language":"en"}
            """;
        var brain = new OpenAiScreeningBrain(
            new ModelOptions { Provider = ModelProvider.OpenAI, Endpoint = new Uri(server.BaseAddress, "v1").ToString(), ApiKey = "sk-test-harness" },
            NullLogger<OpenAiScreeningBrain>.Instance);
        var callers = CorpusCall.LoadAll().Where(call => call.Id.EndsWith("-01", StringComparison.Ordinal)).ToList();

        var scorecard = await ScreeningScorecard.RunAsync(brain, callers);

        Assert.Equal(callers.Count, server.Requests.Count);
        Assert.All(scorecard.Calls, scored => Assert.Equal(ScreeningAction.TakeMessage, scored.Decision.Action));
        Assert.Contains(server.Requests, request => request.Body.ToJsonString().Contains("Northside Windows", StringComparison.Ordinal));
    }
}
