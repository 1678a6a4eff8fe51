using Concierge.Grains.Interfaces.Blobs;
using Microsoft.AspNetCore.StaticFiles;

namespace Concierge.Silo.Blobs;

/// <summary>
/// Blobs as files under one directory (by default next to the SQLite database). A blob is written to a temporary file and
/// moved into place, so a reader never sees half of one. Paths are checked to stay inside the directory.
/// </summary>
public sealed class FileSystemBlobStore(string root) : IBlobStore
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly string root = Path.GetFullPath(root);

    public async Task PutAsync(string path, ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken = default)
    {
        var file = FileOf(path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var temporary = $"{file}.{Guid.NewGuid():N}.tmp";
        await File.WriteAllBytesAsync(temporary, content, cancellationToken);
        File.Move(temporary, file, overwrite: true);
    }

    public async Task<StoredBlob?> GetAsync(string path, CancellationToken cancellationToken = default)
    {
        var file = FileOf(path);
        if (!File.Exists(file))
        {
            return null;
        }

        var contentType = ContentTypes.TryGetContentType(file, out var known) ? known : "application/octet-stream";
        return new StoredBlob(await File.ReadAllBytesAsync(file, cancellationToken), contentType);
    }

    public Task DeleteAsync(string path, CancellationToken cancellationToken = default)
    {
        File.Delete(FileOf(path)); // no error when there is no such file
        return Task.CompletedTask;
    }

    private string FileOf(string path)
    {
        var file = Path.GetFullPath(Path.Combine(root, BlobPath.Checked(path)));
        if (!file.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{path}' is not a relative blob path.", nameof(path));
        }

        return file;
    }
}
