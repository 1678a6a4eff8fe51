namespace Concierge.Silo.Brains;

/// <summary>Which brain screens callers, scores leads and reads notes, and how to reach it (configuration section <c>Concierge:Model</c>).</summary>
public sealed class ModelOptions
{
    public const string SectionName = "Concierge:Model";

    /// <summary>Where the OpenAI client library goes when no endpoint is configured.</summary>
    public const string DefaultOpenAiEndpoint = "https://api.openai.com/v1";

    public const string DefaultName = "gpt-4o-mini";

    public const int DefaultDeadlineMs = 2500;

    /// <summary>A model answer arriving later than this is useless on a live call; the caller has long heard filler.</summary>
    public const int MaxDeadlineMs = 30_000;

    /// <summary>
    /// Scoring a lead or reading a note writes a few hundred tokens: longer than a screening turn. Below Twilio's 15 s
    /// webhook timeout, since a lead's webhooks wait while its grain asks.
    /// </summary>
    public const int DefaultAfterCallDeadlineMs = 10_000;

    public ModelProvider Provider { get; set; } = ModelProvider.Offline;

    /// <summary>
    /// Base URL of the chat-completions API: OpenAI defaults to <see cref="DefaultOpenAiEndpoint"/>; Azure OpenAI needs
    /// its v1 endpoint, <c>https://NAME.openai.azure.com/openai/v1/</c>.
    /// </summary>
    public string? Endpoint { get; set; }

    public string? ApiKey { get; set; }

    /// <summary>The model (OpenAI) or deployment (Azure OpenAI) name.</summary>
    public string Name { get; set; } = DefaultName;

    /// <summary>How long one screening decision may take before the offline screener answers instead.</summary>
    public int DeadlineMs { get; set; } = DefaultDeadlineMs;

    public TimeSpan Deadline => TimeSpan.FromMilliseconds(DeadlineMs);

    /// <summary>How long the model may take to score a lead or read a note before the offline scorer or reader's result is kept.</summary>
    public int AfterCallDeadlineMs { get; set; } = DefaultAfterCallDeadlineMs;

    public TimeSpan AfterCallDeadline => TimeSpan.FromMilliseconds(AfterCallDeadlineMs);

    /// <summary>What is wrong with these settings, one message per problem, each naming the configuration key.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (DeadlineMs is <= 0 or > MaxDeadlineMs)
        {
            problems.Add($"{SectionName}:DeadlineMs must be between 1 and {MaxDeadlineMs} (got {DeadlineMs}).");
        }

        if (AfterCallDeadlineMs is <= 0 or > MaxDeadlineMs)
        {
            problems.Add($"{SectionName}:AfterCallDeadlineMs must be between 1 and {MaxDeadlineMs} (got {AfterCallDeadlineMs}).");
        }

        if (Provider == ModelProvider.Offline)
        {
            return problems;
        }

        if (string.IsNullOrWhiteSpace(ApiKey))
        {
            problems.Add($"{SectionName}:ApiKey is required when {SectionName}:Provider is {Provider}.");
        }

        if (string.IsNullOrWhiteSpace(Name))
        {
            problems.Add($"{SectionName}:Name (the model or deployment name) is required when {SectionName}:Provider is {Provider}.");
        }

        if (Provider == ModelProvider.AzureOpenAI && string.IsNullOrWhiteSpace(Endpoint))
        {
            problems.Add($"{SectionName}:Endpoint is required when {SectionName}:Provider is AzureOpenAI " +
                "(the v1 endpoint, e.g. https://NAME.openai.azure.com/openai/v1/).");
        }
        else if (!string.IsNullOrWhiteSpace(Endpoint))
        {
            problems.AddRange(EndpointProblems(SectionName, Provider, Endpoint));
        }

        return problems;
    }

    /// <summary>The base URL handed to the client library, without a trailing slash (it appends "/chat/completions").</summary>
    internal Uri ResolveEndpoint()
    {
        var endpoint = string.IsNullOrWhiteSpace(Endpoint) ? DefaultOpenAiEndpoint : Endpoint.Trim();
        return new Uri(endpoint.TrimEnd('/'), UriKind.Absolute);
    }

    /// <summary>What is wrong with <paramref name="endpoint"/> for <paramref name="provider"/>, naming <c>{section}:Endpoint</c>.</summary>
    internal static IEnumerable<string> EndpointProblems(string section, ModelProvider provider, string endpoint)
    {
        if (!Uri.TryCreate(endpoint.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            yield return $"{section}:Endpoint must be an absolute http(s) URL.";
            yield break;
        }

        // The classic Azure route (/openai/deployments/NAME/...?api-version=) has another shape; only the v1 route speaks
        // the plain OpenAI protocol this client uses.
        if (provider == ModelProvider.AzureOpenAI && !uri.AbsolutePath.TrimEnd('/').EndsWith("/openai/v1", StringComparison.OrdinalIgnoreCase))
        {
            yield return $"{section}:Endpoint must be the Azure OpenAI v1 endpoint, ending in /openai/v1/ " +
                "(e.g. https://NAME.openai.azure.com/openai/v1/).";
        }
    }
}

public enum ModelProvider
{
    /// <summary>The deterministic screener: no model, no key.</summary>
    Offline,
    OpenAI,
    AzureOpenAI,
}
