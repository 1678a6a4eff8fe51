using Azure.Storage.Blobs;
using Concierge.TestSupport;

namespace Concierge.WebFront.Tests.Notes;

/// <summary>The notes app keeping artifacts in a container of its own on the Azurite emulator (account-key SAS links).</summary>
public sealed class AzureBlobNotesApp : NotesApp
{
    public string ContainerName { get; } = $"notes-{Guid.NewGuid():N}";

    public BlobContainerClient Container => new(AzuriteBlobs.ConnectionString, ContainerName);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Settings["Concierge:Notes:Blobs:Provider"] = "AzureBlob";
        Settings["Concierge:Notes:Blobs:ConnectionString"] = AzuriteBlobs.ConnectionString;
        Settings["Concierge:Notes:Blobs:Container"] = ContainerName;
    }
}
