using Concierge.Silo.Brains;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace Concierge.Silo.Tests.Brains;

public sealed class ModelOptionsTests
{
    [Fact]
    public void DefaultsAreOfflineAndValid()
    {
        var options = new ModelOptions();

        Assert.Equal((ModelProvider.Offline, "gpt-4o-mini", 2500), (options.Provider, options.Name, options.DeadlineMs));
        Assert.Empty(options.Validate());
    }

    [Fact]
    public void BindsFromTheConciergeModelSection()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Concierge:Model:Provider"] = "AzureOpenAI",
            ["Concierge:Model:Endpoint"] = "https://contoso.openai.azure.com/openai/v1/",
            ["Concierge:Model:ApiKey"] = "key",
            ["Concierge:Model:Name"] = "screener",
            ["Concierge:Model:DeadlineMs"] = "1800",
        }).Build();

        var options = configuration.GetSection(ModelOptions.SectionName).Get<ModelOptions>()!;

        Assert.Equal(
            (ModelProvider.AzureOpenAI, "https://contoso.openai.azure.com/openai/v1/", "key", "screener", 1800),
            (options.Provider, options.Endpoint, options.ApiKey, options.Name, options.DeadlineMs));
        Assert.Empty(options.Validate());
    }

    [Theory]
    [InlineData(ModelProvider.OpenAI, null, null, "Concierge:Model:ApiKey is required when Concierge:Model:Provider is OpenAI.")]
    [InlineData(ModelProvider.AzureOpenAI, null, "key", "Concierge:Model:Endpoint is required when Concierge:Model:Provider is AzureOpenAI")]
    [InlineData(ModelProvider.AzureOpenAI, "https://contoso.openai.azure.com/openai/v1/", " ", "Concierge:Model:ApiKey is required when Concierge:Model:Provider is AzureOpenAI.")]
    [InlineData(ModelProvider.AzureOpenAI, "https://contoso.openai.azure.com/", "key", "Concierge:Model:Endpoint must be the Azure OpenAI v1 endpoint")]
    [InlineData(ModelProvider.OpenAI, "api.openai.com/v1", "key", "Concierge:Model:Endpoint must be an absolute http(s) URL.")]
    public void ValidationNamesTheMissingOrWrongKey(ModelProvider provider, string? endpoint, string? apiKey, string expected)
    {
        var problems = new ModelOptions { Provider = provider, Endpoint = endpoint, ApiKey = apiKey }.Validate();

        Assert.Contains(problems, p => p.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void AzureWithoutEndpointOrKeyReportsBoth()
    {
        var problems = new ModelOptions { Provider = ModelProvider.AzureOpenAI }.Validate();

        Assert.Equal(2, problems.Count);
    }

    [Fact]
    public void ValidationRejectsAnUnusableDeadlineAndEmptyName()
    {
        var problems = new ModelOptions { Provider = ModelProvider.OpenAI, ApiKey = "key", Name = "", DeadlineMs = 0 }.Validate();

        Assert.Contains(problems, p => p.StartsWith("Concierge:Model:DeadlineMs must be between 1 and", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Concierge:Model:Name", StringComparison.Ordinal));
    }

    [Fact]
    public void TheBrainRefusesOfflineAndInvalidOptions()
    {
        var logger = NullLogger<OpenAiScreeningBrain>.Instance;

        var offline = Assert.Throws<ArgumentException>(() => new OpenAiScreeningBrain(new ModelOptions(), logger));
        var invalid = Assert.Throws<ArgumentException>(() => new OpenAiScreeningBrain(new ModelOptions { Provider = ModelProvider.OpenAI }, logger));

        Assert.Contains("Provider is Offline", offline.Message, StringComparison.Ordinal);
        Assert.Contains("Concierge:Model:ApiKey is required", invalid.Message, StringComparison.Ordinal);
    }
}
