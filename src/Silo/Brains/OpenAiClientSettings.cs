using System.ClientModel;
using System.ClientModel.Primitives;
using OpenAI;

namespace Concierge.Silo.Brains;

/// <summary>
/// How every OpenAI client of the app reaches OpenAI or Azure OpenAI's v1 endpoint (the screener's chat, the notes'
/// transcription): the endpoint, the key sent the way the provider expects it, the app's HttpClient, no library retries,
/// no content in logs.
/// </summary>
internal static class OpenAiClientSettings
{
    /// <summary>
    /// No automatic retries. The library's default retries 408/429/500/502/503/504 three more times with exponential
    /// backoff and honours Retry-After; NetworkTimeout bounds each try, not those waits (against a fake server answering
    /// 429 with "Retry-After: 30", the default policy took 90 s). On a live call the offline screener answering now beats
    /// the model answering late, so a failure surfaces at once; after a call the offline scorer and reader stand in.
    /// </summary>
    public const int MaxRetries = 0;

    /// <summary>The client library's options; <paramref name="networkTimeout"/> bounds a call made without a cancellable token too (the library's default is 100 s).</summary>
    public static OpenAIClientOptions Options(ModelOptions connection, TimeSpan networkTimeout, HttpClient? httpClient)
    {
        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = connection.ResolveEndpoint(),
            // The caller owns retries (the screener falls back at once, a note retries with its own backoff); see
            // MaxRetries for what the library's default policy costs.
            RetryPolicy = new ClientRetryPolicy(MaxRetries),
            NetworkTimeout = networkTimeout,
            // Request and response bodies are transcripts and recordings: they must never reach a log, whatever the log level.
            ClientLoggingOptions = new ClientLoggingOptions { EnableMessageContentLogging = false },
        };
        if (httpClient is not null)
        {
            clientOptions.Transport = new HttpClientPipelineTransport(httpClient);
        }

        if (connection.Provider == ModelProvider.AzureOpenAI)
        {
            clientOptions.AddPolicy(new AzureApiKeyPolicy(connection.ApiKey ?? ""), PipelinePosition.BeforeTransport);
        }

        return clientOptions;
    }

    public static ApiKeyCredential Credential(ModelOptions connection) => new(connection.ApiKey ?? "");

    /// <summary>A chat client for <paramref name="connection"/>'s model, each try bounded by <paramref name="networkTimeout"/>.</summary>
    public static OpenAI.Chat.ChatClient Chat(ModelOptions connection, TimeSpan networkTimeout, HttpClient? httpClient) =>
        new(connection.Name, Credential(connection), Options(connection, networkTimeout, httpClient));
}
