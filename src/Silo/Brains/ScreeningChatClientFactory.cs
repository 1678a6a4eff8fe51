using System.ClientModel;
using System.ClientModel.Primitives;
using OpenAI;
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

    public static ChatClient Create(ModelOptions options, HttpClient? httpClient)
    {
        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = options.ResolveEndpoint(),
            RetryPolicy = new ClientRetryPolicy(MaxRetries),
            // The brain's caller cancels at the deadline; this bounds a call made without a cancellable token too
            // (the library's default is 100 s).
            NetworkTimeout = options.Deadline,
            // Request and response bodies are transcripts: they must never reach a log, whatever the log level.
            ClientLoggingOptions = new ClientLoggingOptions { EnableMessageContentLogging = false },
        };
        if (httpClient is not null)
        {
            clientOptions.Transport = new HttpClientPipelineTransport(httpClient);
        }

        var apiKey = options.ApiKey ?? "";
        if (options.Provider == ModelProvider.AzureOpenAI)
        {
            clientOptions.AddPolicy(new AzureApiKeyPolicy(apiKey), PipelinePosition.BeforeTransport);
        }

        return new ChatClient(options.Name, new ApiKeyCredential(apiKey), clientOptions);
    }
}
