using Concierge.Silo.Brains;
using Concierge.Silo.Notes;

namespace Concierge.Silo.Tests.Notes;

public sealed class TranscriptionOptionsTests
{
    private static readonly ModelOptions OfflineScreener = new();

    private static readonly ModelOptions OpenAiScreener = new() { Provider = ModelProvider.OpenAI, ApiKey = "sk-screener", Endpoint = "https://proxy.example.com/v1" };

    [Fact]
    public void WithoutAModelNothingIsConfiguredAndNothingIsRequired()
    {
        var options = new TranscriptionOptions();

        Assert.False(options.IsConfigured);
        Assert.Empty(options.Validate(OfflineScreener));
    }

    [Fact]
    public void TheScreenersProviderEndpointAndKeyAreBorrowed()
    {
        var connection = new TranscriptionOptions { Model = "whisper-1" }.Connection(OpenAiScreener);

        Assert.Equal((ModelProvider.OpenAI, "https://proxy.example.com/v1", "sk-screener", "whisper-1"), (connection.Provider, connection.Endpoint, connection.ApiKey, connection.Name));
    }

    [Fact]
    public void AnotherProvidersEndpointAndKeyAreNotBorrowed()
    {
        var azureScreener = new ModelOptions { Provider = ModelProvider.AzureOpenAI, ApiKey = "azure-key", Endpoint = "https://contoso.openai.azure.com/openai/v1/" };

        var connection = new TranscriptionOptions { Model = "whisper-1", Provider = ModelProvider.OpenAI }.Connection(azureScreener);

        Assert.Equal((ModelProvider.OpenAI, null, null), (connection.Provider, connection.Endpoint, connection.ApiKey));
    }

    [Theory]
    [InlineData(null, null, null, "Concierge:Transcription:ApiKey is required when Concierge:Transcription:Model is set")]
    [InlineData(ModelProvider.AzureOpenAI, null, "key", "Concierge:Transcription:Endpoint is required when the transcription provider is AzureOpenAI")]
    [InlineData(ModelProvider.AzureOpenAI, "https://contoso.openai.azure.com/", "key", "Concierge:Transcription:Endpoint must be the Azure OpenAI v1 endpoint")]
    [InlineData(ModelProvider.OpenAI, "api.openai.com/v1", "key", "Concierge:Transcription:Endpoint must be an absolute http(s) URL.")]
    [InlineData(ModelProvider.Offline, null, "key", "Concierge:Transcription:Provider must be OpenAI or AzureOpenAI")]
    public void ValidationNamesTheMissingOrWrongKey(ModelProvider? provider, string? endpoint, string? apiKey, string expected)
    {
        var problems = new TranscriptionOptions { Model = "whisper-1", Provider = provider, Endpoint = endpoint, ApiKey = apiKey }.Validate(OfflineScreener);

        Assert.Contains(problems, p => p.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void TheScreenersKeyIsEnough()
    {
        Assert.Empty(new TranscriptionOptions { Model = "gpt-4o-mini-transcribe" }.Validate(OpenAiScreener));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(601)]
    public void AnUnusableTimeoutIsNamed(int seconds)
    {
        var problems = new TranscriptionOptions { TimeoutSeconds = seconds }.Validate(OfflineScreener);

        Assert.Contains(problems, p => p.StartsWith("Concierge:Transcription:TimeoutSeconds must be between 1 and 600", StringComparison.Ordinal));
    }
}
