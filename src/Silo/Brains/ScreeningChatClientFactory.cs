using OpenAI.Chat;

namespace Concierge.Silo.Brains;

/// <summary>Builds the <see cref="ChatClient"/> for OpenAI or Azure OpenAI's v1 endpoint, tuned for a live phone call.</summary>
internal static class ScreeningChatClientFactory
{
    /// <summary>
    /// No automatic retries. The library's default retries 408/429/500/502/503/504 three more times with exponential
    /// backoff and honours Retry-After; NetworkTimeout bounds each try, not those waits (against a fake server answering
    /// 429 with "Retry-After: 30", the default policy took 90 s). On a live call the offline screener answering now beats
    /// the model answering late, so a failure surfaces at once.
    /// </summary>
    public const int MaxRetries = 0;

    /// <summary>The brain's caller cancels at the deadline; the network timeout is the same deadline.</summary>
    public static ChatClient Create(ModelOptions options, HttpClient? httpClient) =>
        new(options.Name, OpenAiClientSettings.Credential(options), OpenAiClientSettings.Options(options, options.Deadline, httpClient));
}
