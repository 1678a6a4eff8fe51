using Azure;
using Azure.Security.KeyVault.Secrets;

namespace Concierge.Silo.Tests.KeyVault;

/// <summary>A vault in memory: the Azure SDK's clients are mockable (protected constructor, virtual methods).</summary>
internal sealed class FakeSecretClient : SecretClient
{
    private readonly Dictionary<string, (string Value, bool? Enabled)> secrets = new(StringComparer.Ordinal);

    public FakeSecretClient(Uri? vaultUri = null)
    {
        VaultUri = vaultUri ?? new Uri("https://concierge-test.vault.azure.net/");
    }

    public override Uri VaultUri { get; }

    /// <summary>When set, listing the vault fails with it (no permission, vault unreachable).</summary>
    public Exception? Failure { get; set; }

    public List<string> SecretsRead { get; } = [];

    public FakeSecretClient With(string name, string value, bool? enabled = true)
    {
        secrets[name] = (value, enabled);
        return this;
    }

    public override Pageable<SecretProperties> GetPropertiesOfSecrets(CancellationToken cancellationToken = default)
    {
        if (Failure is not null)
        {
            throw Failure;
        }

        var page = secrets.Select(secret => new SecretProperties(secret.Key) { Enabled = secret.Value.Enabled }).ToList();
        return Pageable<SecretProperties>.FromPages([Page<SecretProperties>.FromValues(page, continuationToken: null, new FakeResponse())]);
    }

    // The overload every other GetSecret ends in (4.12 added the content-type parameter).
    public override Response<KeyVaultSecret> GetSecret(string name, string? version, SecretContentType? outContentType, CancellationToken cancellationToken)
    {
        SecretsRead.Add(name);
        var secret = SecretModelFactory.KeyVaultSecret(new SecretProperties(name) { Enabled = secrets[name].Enabled }, secrets[name].Value);
        return Response.FromValue(secret, new FakeResponse());
    }
}
