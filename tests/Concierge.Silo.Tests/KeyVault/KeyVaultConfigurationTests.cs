using Azure;
using Concierge.Silo.Hosting;
using Concierge.Silo.KeyVault;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Concierge.Silo.Tests.KeyVault;

public sealed class KeyVaultConfigurationTests
{
    [Theory]
    [InlineData("Twilio--AuthToken", "Concierge:Twilio:AuthToken")]
    [InlineData("Model--ApiKey", "Concierge:Model:ApiKey")]
    [InlineData("Storage--ConnectionString", "Concierge:Storage:ConnectionString")]
    [InlineData("AdminKey", "Concierge:AdminKey")]
    [InlineData("Owner--Languages--0", "Concierge:Owner:Languages:0")]
    public void SecretNamesMapToKeysUnderTheConciergeSection(string secretName, string key)
    {
        Assert.Equal(key, KeyVaultSecretName.ToConfigurationKey(secretName));
    }

    [Fact]
    public void EnabledSecretsBecomeConfigurationValues()
    {
        var vault = new FakeSecretClient().With("Twilio--AuthToken", "vault-token").With("Model--ApiKey", "sk-vault");

        var configuration = new ConfigurationBuilder().Add(new KeyVaultConfigurationSource(vault)).Build();

        Assert.Equal("vault-token", configuration["Concierge:Twilio:AuthToken"]);
        Assert.Equal("sk-vault", configuration["Concierge:Model:ApiKey"]);
        Assert.Equal("vault-token", configuration.GetSection("Concierge").GetSection("Twilio")["AuthToken"]);
    }

    [Fact]
    public void DisabledSecretsAreNeitherReadNorLoaded()
    {
        var vault = new FakeSecretClient().With("Twilio--AuthToken", "live").With("Model--ApiKey", "withdrawn", enabled: false).With("AdminKey", "unknown", enabled: null);

        var configuration = new ConfigurationBuilder().Add(new KeyVaultConfigurationSource(vault)).Build();

        Assert.Null(configuration["Concierge:Model:ApiKey"]);
        Assert.Null(configuration["Concierge:AdminKey"]);
        Assert.Equal(["Twilio--AuthToken"], vault.SecretsRead);
    }

    [Fact]
    public void WithoutAVaultUriNothingIsAddedAndNoClientIsMade()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        var sourcesBefore = builder.Configuration.Sources.Count;
        var clientsMade = 0;

        builder.AddConciergeKeyVault(_ =>
        {
            clientsMade++;
            return new FakeSecretClient();
        });

        Assert.Equal(0, clientsMade);
        Assert.Equal(sourcesBefore, builder.Configuration.Sources.Count);
    }

    [Fact]
    public void WithAVaultUriItsSecretsWinOverTheSameKeysFromTheEnvironment()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [KeyVaultHostingExtensions.UriKey] = "https://concierge-prod.vault.azure.net/",
            ["Concierge:Twilio:AuthToken"] = "from-environment",
            ["Concierge:Twilio:AccountSid"] = "AC-from-environment",
        });
        Uri? vaultAsked = null;

        builder.AddConciergeKeyVault(uri =>
        {
            vaultAsked = uri;
            return new FakeSecretClient(uri).With("Twilio--AuthToken", "from-vault");
        });

        Assert.Equal(new Uri("https://concierge-prod.vault.azure.net/"), vaultAsked);
        Assert.Equal("from-vault", builder.Configuration["Concierge:Twilio:AuthToken"]);
        Assert.Equal("AC-from-environment", builder.Configuration["Concierge:Twilio:AccountSid"]);
    }

    [Fact]
    public void AVaultThatRefusesTheIdentityStopsStartUpNamingTheKeyAndTheRole()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [KeyVaultHostingExtensions.UriKey] = "https://concierge-prod.vault.azure.net/" });
        var vault = new FakeSecretClient(new Uri("https://concierge-prod.vault.azure.net/")) { Failure = new RequestFailedException(403, "Caller is not authorized") };

        var error = Assert.Throws<InvalidOperationException>(() => builder.AddConciergeKeyVault(_ => vault));

        Assert.Contains("Concierge:KeyVault:Uri", error.Message, StringComparison.Ordinal);
        Assert.Contains("Key Vault Secrets User", error.Message, StringComparison.Ordinal);
        Assert.Contains("https://concierge-prod.vault.azure.net/", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("concierge-prod.vault.azure.net")]
    [InlineData("http://concierge-prod.vault.azure.net/")]
    public void AVaultUriThatIsNotHttpsIsRefusedNamingTheKey(string uri)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [KeyVaultHostingExtensions.UriKey] = uri });

        var error = Assert.Throws<InvalidOperationException>(() => builder.AddConciergeKeyVault(_ => new FakeSecretClient()));

        Assert.Contains("Concierge:KeyVault:Uri must be the vault's https URI", error.Message, StringComparison.Ordinal);
    }
}
