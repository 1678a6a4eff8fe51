using Concierge.Silo.Brains;

namespace Concierge.Silo.Notes;

/// <summary>
/// How voice notes are transcribed (configuration section <c>Concierge:Transcription</c>): the OpenAI audio API with
/// <see cref="Model"/>. Provider, endpoint and key default to the screener's (<c>Concierge:Model</c>); unset
/// <see cref="Model"/> and voice notes are stored and wait.
/// </summary>
public sealed class TranscriptionOptions
{
    public const string SectionName = "Concierge:Transcription";

    public const int DefaultTimeoutSeconds = 120;

    /// <summary>A voice note is at most a few MB; an upload and transcription taking longer than this is stuck.</summary>
    public const int MaxTimeoutSeconds = 600;

    /// <summary>The transcription model (OpenAI, e.g. whisper-1 or gpt-4o-mini-transcribe) or deployment (Azure OpenAI); unset: no transcription.</summary>
    public string? Model { get; set; }

    /// <summary>OpenAI or AzureOpenAI; unset: the screener's provider, or OpenAI when the screener is offline.</summary>
    public ModelProvider? Provider { get; set; }

    /// <summary>The v1 base URL; unset: the screener's when the provider is the screener's, else OpenAI's.</summary>
    public string? Endpoint { get; set; }

    /// <summary>Unset: the screener's key when the provider is the screener's.</summary>
    public string? ApiKey { get; set; }

    /// <summary>How long one transcription may take (upload included) before the attempt fails and is retried.</summary>
    public int TimeoutSeconds { get; set; } = DefaultTimeoutSeconds;

    public TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Model);

    /// <summary>
    /// The connection the audio client uses. The screener's endpoint and key are borrowed only when the provider is the
    /// screener's: an OpenAI key sent to an Azure resource (or the other way round) could only fail.
    /// </summary>
    public ModelOptions Connection(ModelOptions screener)
    {
        var provider = Provider ?? (screener.Provider == ModelProvider.Offline ? ModelProvider.OpenAI : screener.Provider);
        var borrow = provider == screener.Provider;
        return new ModelOptions
        {
            Provider = provider,
            Endpoint = string.IsNullOrWhiteSpace(Endpoint) && borrow ? screener.Endpoint : Endpoint,
            ApiKey = string.IsNullOrWhiteSpace(ApiKey) && borrow ? screener.ApiKey : ApiKey,
            Name = Model?.Trim() ?? "",
        };
    }

    /// <summary>What is wrong with these settings (given the screener's), one message per problem, each naming the configuration key.</summary>
    public IReadOnlyList<string> Validate(ModelOptions screener)
    {
        var problems = new List<string>();
        if (TimeoutSeconds is <= 0 or > MaxTimeoutSeconds)
        {
            problems.Add($"{SectionName}:TimeoutSeconds must be between 1 and {MaxTimeoutSeconds} (got {TimeoutSeconds}).");
        }

        if (!IsConfigured)
        {
            return problems;
        }

        if (Provider == ModelProvider.Offline)
        {
            problems.Add($"{SectionName}:Provider must be OpenAI or AzureOpenAI (there is no offline transcription); unset {SectionName}:Model to let voice notes wait.");
            return problems;
        }

        var connection = Connection(screener);
        if (string.IsNullOrWhiteSpace(connection.ApiKey))
        {
            problems.Add($"{SectionName}:ApiKey is required when {SectionName}:Model is set " +
                $"(or {ModelOptions.SectionName}:ApiKey, when the screener uses the same provider).");
        }

        if (connection.Provider == ModelProvider.AzureOpenAI && string.IsNullOrWhiteSpace(connection.Endpoint))
        {
            problems.Add($"{SectionName}:Endpoint is required when the transcription provider is AzureOpenAI " +
                "(the v1 endpoint, e.g. https://NAME.openai.azure.com/openai/v1/).");
        }
        else if (!string.IsNullOrWhiteSpace(Endpoint))
        {
            problems.AddRange(ModelOptions.EndpointProblems(SectionName, connection.Provider, Endpoint));
        }

        return problems;
    }
}
