using Azure.Security.KeyVault.Secrets;
using Microsoft.Extensions.Configuration;

namespace Concierge.Silo.KeyVault;

/// <summary>Configuration read once, at start-up, from the enabled secrets of one Key Vault.</summary>
public sealed class KeyVaultConfigurationSource(SecretClient client) : IConfigurationSource
{
    public IConfigurationProvider Build(IConfigurationBuilder builder) => new KeyVaultConfigurationProvider(client);
}
