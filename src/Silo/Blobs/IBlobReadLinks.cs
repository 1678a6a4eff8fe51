namespace Concierge.Silo.Blobs;

/// <summary>
/// A blob store that serves downloads itself (Azure Blob Storage, through SAS URLs), so the app need not relay them.
/// Registered only with such a store; without it the app signs its own links.
/// </summary>
public interface IBlobReadLinks
{
    /// <summary>A read-only URL to the blob at <paramref name="path"/> that stops working at <paramref name="expiresAt"/>.</summary>
    /// <param name="downloadName">The file name the browser saves it as.</param>
    Task<Uri> ReadLinkAsync(string path, string downloadName, DateTimeOffset expiresAt, CancellationToken cancellationToken = default);
}
