using System.Security.Cryptography;
using Concierge.Silo.Storage;
using Concierge.Silo.Twilio;
using Microsoft.Extensions.Options;

namespace Concierge.WebFront.Twilio;

/// <summary>
/// In Development only, when no <see cref="TwilioOptions.AuthToken"/> is configured: a token of this instance's own, so
/// a fresh clone answers the simulator's calls instead of refusing every webhook. It is generated on first start and
/// kept in <see cref="FileName"/> beside the SQLite database (the data directory), readable only by its user, and read
/// back on every later start. Unlike the API key, which is stored only as a hash, it must be kept as it is: a signature
/// is an HMAC keyed with the token itself, so the app needs the token, not a digest of it. It guards only the local
/// instance, whose data directory already holds every call; deleting the directory resets both.
/// </summary>
internal sealed partial class LocalTwilioToken(IHostEnvironment environment, IOptions<StorageOptions> storage, ILogger<LocalTwilioToken> logger)
    : IPostConfigureOptions<TwilioOptions>
{
    public const string FileName = "twilio-auth-token";

    private readonly Lock gate = new();
    private string? kept;

    /// <summary>The local token, once it is in use; null when a token is configured or outside Development.</summary>
    public string? InUse { get; private set; }

    /// <summary>Where the local token is kept (or would be).</summary>
    public string FileLocation => FilePath(environment, storage.Value);

    public void PostConfigure(string? name, TwilioOptions options)
    {
        if (!environment.IsDevelopment() || !string.IsNullOrWhiteSpace(options.AuthToken))
        {
            return;
        }

        lock (gate)
        {
            options.AuthToken = InUse = kept ??= ReadOrCreate(FileLocation, logger);
        }
    }

    /// <summary>Beside the SQLite database; for a server store, in the content root's <c>data</c> directory.</summary>
    private static string FilePath(IHostEnvironment environment, StorageOptions storage) =>
        Path.Combine(
            storage.SqliteFile is { } database
                ? Path.GetDirectoryName(Path.GetFullPath(database, environment.ContentRootPath))!
                : Path.Combine(environment.ContentRootPath, "data"),
            FileName);

    private static string ReadOrCreate(string path, ILogger logger)
    {
        if (File.Exists(path) && File.ReadAllText(path).Trim() is { Length: > 0 } kept)
        {
            return kept;
        }

        // Written aside, then moved into place without overwriting: two processes starting on one directory agree on
        // the first token, and a crash mid-write never leaves a truncated one.
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var created = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var aside = $"{path}.{Guid.NewGuid():N}.tmp";
        var ownerOnly = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            ownerOnly.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(new FileStream(aside, ownerOnly)))
        {
            writer.Write(created);
        }

        try
        {
            File.Move(aside, path, overwrite: File.Exists(path)); // an existing file here is an empty one
            Generated(logger, path);
            return created;
        }
        catch (IOException)
        {
            File.Delete(aside);
            return File.ReadAllText(path).Trim();
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Generated a local Twilio auth token for Development in {Path}")]
    private static partial void Generated(ILogger logger, string path);
}
