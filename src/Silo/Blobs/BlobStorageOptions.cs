using System.Text.RegularExpressions;

namespace Concierge.Silo.Blobs;

/// <summary>Where note artifacts are kept (configuration section <c>Concierge:Notes:Blobs</c>).</summary>
public sealed partial class BlobStorageOptions
{
    public const string SectionName = "Concierge:Notes:Blobs";

    public BlobProvider Provider { get; set; } = BlobProvider.FileSystem;

    /// <summary>An Azure Storage connection string with the account key (Azurite, or an account without Entra roles).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The account's blob endpoint (https://{account}.blob.core.windows.net), reached with the app's managed identity.</summary>
    public string? AccountUrl { get; set; }

    /// <summary>The container the artifacts go into; created if missing.</summary>
    public string Container { get; set; } = "notes";

    /// <summary>What is wrong with these settings, one message per problem, each naming the key.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (!Enum.IsDefined(Provider))
        {
            problems.Add($"{SectionName}:Provider must be FileSystem or AzureBlob (got {Provider}).");
        }

        if (Provider != BlobProvider.AzureBlob)
        {
            return problems;
        }

        // One way of reaching the account, so the settings never leave it to a precedence rule which identity is used.
        var hasConnectionString = !string.IsNullOrWhiteSpace(ConnectionString);
        var hasAccountUrl = !string.IsNullOrWhiteSpace(AccountUrl);
        if (hasConnectionString == hasAccountUrl)
        {
            problems.Add($"{SectionName}:Provider AzureBlob needs exactly one of {SectionName}:ConnectionString (account key) or {SectionName}:AccountUrl (managed identity).");
        }

        if (hasAccountUrl && !(Uri.TryCreate(AccountUrl, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps))
        {
            problems.Add($"{SectionName}:AccountUrl must be an https URL such as https://myaccount.blob.core.windows.net (got '{AccountUrl}').");
        }

        if (!ContainerName().IsMatch(Container ?? ""))
        {
            problems.Add($"{SectionName}:Container must be 3 to 63 lower-case letters, digits and single hyphens, starting and ending with a letter or digit (got '{Container}').");
        }

        return problems;
    }

    // Azure's container naming rule.
    [GeneratedRegex(@"^(?=.{3,63}\z)[a-z0-9]+(-[a-z0-9]+)*\z")]
    private static partial Regex ContainerName();
}

public enum BlobProvider
{
    /// <summary>Files under the data folder; the app signs its own download links.</summary>
    FileSystem,

    /// <summary>Azure Blob Storage; download links are Azure SAS URLs.</summary>
    AzureBlob,
}
