namespace Concierge.Silo.Blobs;

/// <summary>The one rule every blob store applies to a path: relative, '/'-separated, no empty, "." or ".." segment.</summary>
internal static class BlobPath
{
    public static string Checked(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (Path.IsPathRooted(path) || path.Contains('\\', StringComparison.Ordinal) || path.Split('/').Any(segment => segment is "" or "." or ".."))
        {
            throw new ArgumentException($"'{path}' is not a relative blob path.", nameof(path));
        }

        return path;
    }
}
