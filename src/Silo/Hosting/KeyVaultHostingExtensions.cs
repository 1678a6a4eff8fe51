using Azure.Identity;
using Azure.Security.KeyVault.Secrets;
using Concierge.Silo.KeyVault;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Concierge.Silo.Hosting;

public static class KeyVaultHostingExtensions
{
    /// <summary>The vault to read secrets from; unset: configuration comes from appsettings and the environment only.</summary>
    public const string UriKey = "Concierge:KeyVault:Uri";

    /// <summary>
    /// When <c>Concierge:KeyVault:Uri</c> is set, adds the vault's secrets to configuration (read through
    /// DefaultAzureCredential: the managed identity on Azure, workload identity on AKS, <c>az login</c> on a workstation).
    /// Added last, so a vault secret wins over the same key set in the environment. Does nothing when the key is unset.
    /// </summary>
    /// <param name="builder">The host being configured.</param>
    /// <param name="createClient">Makes the client for the vault URI; tests pass a mocked one.</param>
    public static IHostApplicationBuilder AddConciergeKeyVault(this IHostApplicationBuilder builder, Func<Uri, SecretClient>? createClient = null)
    {
        // The one key read straight from configuration: it decides which configuration sources exist, and those are built
        // before the service provider (and so the options pipeline) does. Everything else is read through options.
        var configured = builder.Configuration[UriKey];
        if (string.IsNullOrWhiteSpace(configured))
        {
            return builder;
        }

        if (!Uri.TryCreate(configured, UriKind.Absolute, out var vaultUri) || vaultUri.Scheme != Uri.UriSchemeHttps)
        {
            throw new InvalidOperationException($"{UriKey} must be the vault's https URI, e.g. https://NAME.vault.azure.net/ (got '{configured}').");
        }

        var client = (createClient ?? DefaultClient)(vaultUri);
        builder.Configuration.Add(new KeyVaultConfigurationSource(client));
        return builder;
    }

    private static SecretClient DefaultClient(Uri vaultUri) => new(vaultUri, new DefaultAzureCredential());
}
