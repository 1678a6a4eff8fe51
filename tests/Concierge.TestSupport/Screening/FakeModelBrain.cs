using Concierge.Silo.Brains;
using Microsoft.Extensions.Logging.Abstractions;

namespace Concierge.TestSupport.Screening;

/// <summary>
/// The model-backed screener pointed at a <see cref="FakeChatCompletionsServer"/> that answers every caller with the same
/// scripted decision: it exercises the whole request and parsing path of a corpus run, and measures no model.
/// </summary>
public static class FakeModelBrain
{
    /// <summary>What the fake model answers: take a message, whoever calls.</summary>
    public const string ScriptedAnswer = """
        {"action":"take_message","reply":"Could you leave a message for Alex?","category":"unknown","urgency":"normal",
         "reason":"Scripted answer of the fake model.","caller_name":null,"purpose":null,"language":"en"}
        """;

    public static OpenAiScreeningBrain For(FakeChatCompletionsServer server)
    {
        server.Content = ScriptedAnswer;
        return new OpenAiScreeningBrain(
            new ModelOptions { Provider = ModelProvider.OpenAI, Endpoint = new Uri(server.BaseAddress, "v1").ToString(), ApiKey = "sk-fake-model" },
            NullLogger<OpenAiScreeningBrain>.Instance);
    }
}
