namespace Concierge.TestSupport;

/// <summary>
/// The Azure Table storage emulator (Azurite) that ./test.sh starts (scripts/azurite.sh), as a storage connection string
/// in CONCIERGE_TEST_AZURITE. Without it the tests fail loudly: they never skip.
/// </summary>
public static class AzuriteTables
{
    public const string Variable = "CONCIERGE_TEST_AZURITE";

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"This test needs Azure Table storage and {Variable} is not set. Run ./test.sh: it installs the Azurite emulator (npm) if missing and starts its table service.");
}
