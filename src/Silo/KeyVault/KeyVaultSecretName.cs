namespace Concierge.Silo.KeyVault;

/// <summary>
/// Key Vault secret names allow only letters, digits and '-', so a configuration key's ':' is written '--' in the name.
/// Every secret lands under the <c>Concierge</c> section: <c>Twilio--AuthToken</c> is <c>Concierge:Twilio:AuthToken</c>.
/// </summary>
public static class KeyVaultSecretName
{
    public const string Section = "Concierge";

    /// <summary>The configuration key a secret named <paramref name="secretName"/> provides.</summary>
    public static string ToConfigurationKey(string secretName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(secretName);
        return $"{Section}:{secretName.Replace("--", ":", StringComparison.Ordinal)}";
    }
}
