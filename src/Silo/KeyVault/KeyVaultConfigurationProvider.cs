using Azure;
using Azure.Security.KeyVault.Secrets;
using Microsoft.Extensions.Configuration;

namespace Concierge.Silo.KeyVault;

/// <summary>
/// Loads every enabled secret of the vault as a key under <c>Concierge</c> (see <see cref="KeyVaultSecretName"/>).
/// No prefix filter: the vault belongs to one deployment, and its secrets can only ever land under the Concierge
/// section, so they cannot override hosting or logging settings. Disabled secrets are skipped (that is how a
/// secret is withdrawn without deleting it). Secrets are read at start-up; a rotated secret takes effect on restart.
/// </summary>
public sealed class KeyVaultConfigurationProvider(SecretClient client) : ConfigurationProvider
{
    // ConfigurationProvider.Load is synchronous; the Azure SDK's synchronous calls avoid blocking on async ones.
    public override void Load()
    {
        var data = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        try
        {
            foreach (var properties in client.GetPropertiesOfSecrets())
            {
                if (properties.Enabled != true)
                {
                    continue;
                }

                data[KeyVaultSecretName.ToConfigurationKey(properties.Name)] = client.GetSecret(properties.Name).Value.Value;
            }
        }
        catch (Exception e) when (e is RequestFailedException or Azure.Identity.AuthenticationFailedException or Azure.Identity.CredentialUnavailableException)
        {
            // The SDK's message is kept: it names the vault and the identity problem, never a secret's value.
            throw new InvalidOperationException(
                $"Could not read secrets from Key Vault {client.VaultUri} (Concierge:KeyVault:Uri). Check the app's identity has the " +
                $"'Key Vault Secrets User' role on the vault. {e.Message}", e);
        }

        Data = data;
    }
}
