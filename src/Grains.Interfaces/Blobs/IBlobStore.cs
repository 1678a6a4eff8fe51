namespace Concierge.Grains.Interfaces.Blobs;

/// <summary>
/// Where a note's artifacts are kept: the local file system under the data folder by default. Paths are relative, with
/// '/' separators (<c>{company}/{intent}/{noteId}_summary.json</c>); writing a path again replaces its content.
/// </summary>
public interface IBlobStore
{
    Task PutAsync(string path, ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken = default);

    /// <summary>The blob's content and type; null when there is none.</summary>
    Task<StoredBlob?> GetAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>Deletes the blob; nothing when there is none.</summary>
    Task DeleteAsync(string path, CancellationToken cancellationToken = default);
}

public sealed record StoredBlob(ReadOnlyMemory<byte> Content, string ContentType);
