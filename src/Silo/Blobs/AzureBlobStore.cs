using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Azure.Storage.Sas;
using Concierge.Grains.Interfaces.Blobs;

namespace Concierge.Silo.Blobs;

/// <summary>
/// Blobs in one Azure Blob Storage container, created on first use if missing. Downloads are served by Azure itself
/// through read-only SAS URLs: signed with the account key when the client has it (a connection string), else with a
/// user-delegation key obtained with the app's Entra identity (managed identity; needs the Storage Blob Data Contributor
/// role, which includes the right to ask for that key).
/// </summary>
public sealed class AzureBlobStore(BlobContainerClient container, TimeProvider time) : IBlobStore, IBlobReadLinks
{
    // Clocks differ a little between us and Azure: a link starts a few minutes back so it works at once everywhere.
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    // Azure refuses a user-delegation key valid for longer than seven days.
    private static readonly TimeSpan LongestDelegation = TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1);

    private Task? created;
    private UserDelegationKey? delegationKey;

    public async Task PutAsync(string path, ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken = default)
    {
        await EnsureContainerAsync(cancellationToken);
        await BlobOf(path).UploadAsync(
            BinaryData.FromBytes(content), new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } }, cancellationToken);
    }

    public async Task<StoredBlob?> GetAsync(string path, CancellationToken cancellationToken = default)
    {
        try
        {
            var download = (await BlobOf(path).DownloadContentAsync(cancellationToken)).Value;
            return new StoredBlob(download.Content.ToMemory(), download.Details.ContentType ?? "application/octet-stream");
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null; // no such blob, or no container yet
        }
    }

    public async Task DeleteAsync(string path, CancellationToken cancellationToken = default)
    {
        try
        {
            await BlobOf(path).DeleteIfExistsAsync(cancellationToken: cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // no container yet: nothing to delete
        }
    }

    public async Task<Uri> ReadLinkAsync(string path, string downloadName, DateTimeOffset expiresAt, CancellationToken cancellationToken = default)
    {
        var blob = BlobOf(path);
        var sas = new BlobSasBuilder
        {
            BlobContainerName = blob.BlobContainerName,
            BlobName = blob.Name,
            Resource = "b",
            StartsOn = time.GetUtcNow() - ClockSkew,
            ExpiresOn = expiresAt,
            Protocol = blob.Uri.Scheme == Uri.UriSchemeHttps ? SasProtocol.Https : SasProtocol.HttpsAndHttp,
            ContentDisposition = $"attachment; filename=\"{downloadName}\"",
        };
        sas.SetPermissions(BlobSasPermissions.Read);
        if (blob.CanGenerateSasUri)
        {
            return blob.GenerateSasUri(sas);
        }

        var key = await DelegationKeyAsync(expiresAt, cancellationToken);
        sas.ExpiresOn = expiresAt < key.SignedExpiresOn ? expiresAt : key.SignedExpiresOn;
        var service = container.GetParentBlobServiceClient();
        return new BlobUriBuilder(blob.Uri) { Sas = sas.ToSasQueryParameters(key, service.AccountName) }.ToUri();
    }

    /// <summary>
    /// A user-delegation key valid until <paramref name="expiresAt"/>, reused while it lasts (one request a day, not one a
    /// link). Two links asking at once may both fetch one: harmless, and simpler than a lock.
    /// </summary>
    private async Task<UserDelegationKey> DelegationKeyAsync(DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        if (delegationKey is { } current && current.SignedExpiresOn >= expiresAt)
        {
            return current;
        }

        var now = time.GetUtcNow();
        var until = expiresAt > now + TimeSpan.FromDays(1) ? expiresAt : now + TimeSpan.FromDays(1);
        until = until < now + LongestDelegation ? until : now + LongestDelegation;
        var key = (await container.GetParentBlobServiceClient().GetUserDelegationKeyAsync(now - ClockSkew, until, cancellationToken)).Value;
        delegationKey = key;
        return key;
    }

    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        var creating = created ??= container.CreateIfNotExistsAsync(cancellationToken: CancellationToken.None);
        try
        {
            await creating.WaitAsync(cancellationToken);
        }
        catch (RequestFailedException)
        {
            created = null; // try again on the next write rather than remember a passing failure
            throw;
        }
    }

    private BlobClient BlobOf(string path) => container.GetBlobClient(BlobPath.Checked(path));
}
