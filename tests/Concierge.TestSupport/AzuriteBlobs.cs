namespace Concierge.TestSupport;

/// <summary>
/// The Azure Blob storage emulator (Azurite's blob service) that ./test.sh starts with its table service
/// (scripts/azurite.sh): the same connection string, CONCIERGE_TEST_AZURITE, with a BlobEndpoint. Without it the tests
/// fail loudly: they never skip, and never reach for the real Azure the connection string would otherwise point at.
/// </summary>
public static class AzuriteBlobs
{
    public static string ConnectionString =>
        AzuriteTables.ConnectionString is var value && value.Contains("BlobEndpoint=", StringComparison.Ordinal)
            ? value
            : throw new InvalidOperationException(
                $"This test needs Azure Blob storage and {AzuriteTables.Variable} has no BlobEndpoint. Run ./test.sh: scripts/azurite.sh starts Azurite's blob service with its table service.");
}
