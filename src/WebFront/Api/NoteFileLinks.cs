using System.Globalization;
using System.Security.Cryptography;
using Concierge.Grains.Interfaces.Notes;
using Concierge.Grains.Notes;
using Concierge.Silo.Blobs;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Concierge.WebFront.Api;

/// <summary>
/// Expiring download links for a note's artifacts, signed by us: the token is the note, the artifact and the expiry,
/// protected by ASP.NET Data Protection (authenticated encryption with the keys every node shares in the store). An altered
/// token does not open (403); one that opens but has expired is gone (410); a token for another note or file is altered.
/// When the blob store serves downloads itself (Azure Blob Storage), the link is its SAS URL instead, with the same expiry.
/// </summary>
public sealed class NoteFileLinks(IDataProtectionProvider protection, IOptions<NotesOptions> options, TimeProvider time, IBlobReadLinks? storeLinks = null)
{
    private readonly IDataProtector protector = protection.CreateProtector("Concierge.NoteFileLinks.v1");

    /// <summary>
    /// A link to the note's <paramref name="file"/> valid for <c>Concierge:Notes:LinkMinutes</c>: the blob store's own
    /// (a SAS URL) when it has them, else ours, under <paramref name="appBase"/> ("" for a link relative to this app).
    /// </summary>
    public async Task<NoteFileLink> LinkAsync(NoteRecord note, string file, string appBase, CancellationToken cancellationToken = default)
    {
        if (storeLinks is not null && note.Intent is { } intent
            && NoteArtifactWriter.PathOf(note.CompanyId, note.NoteId, intent, file, note.AudioExtension) is { } path)
        {
            var expires = time.GetUtcNow().AddMinutes(options.Value.LinkMinutes);
            return new NoteFileLink((await storeLinks.ReadLinkAsync(path, Path.GetFileName(path), expires, cancellationToken)).ToString(), expires);
        }

        var (token, expiresAt) = Issue(note.NoteId, file);
        return new NoteFileLink($"{appBase}/api/notes/{Uri.EscapeDataString(note.NoteId)}/files/{file}?token={Uri.EscapeDataString(token)}", expiresAt);
    }

    public (string Token, DateTimeOffset ExpiresAt) Issue(string noteId, string file)
    {
        var expires = time.GetUtcNow().AddMinutes(options.Value.LinkMinutes);
        var token = protector.Protect(string.Join('\n', noteId, file, expires.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)));
        return (token, expires);
    }

    public LinkCheck Check(string noteId, string file, string? token)
    {
        string opened;
        try
        {
            opened = string.IsNullOrEmpty(token) || token.Length > 2048 ? "" : protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return LinkCheck.Altered;
        }

        var parts = opened.Split('\n');
        if (parts.Length != 3 || parts[0] != noteId || parts[1] != file || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var expiresMs))
        {
            return LinkCheck.Altered;
        }

        return time.GetUtcNow().ToUnixTimeMilliseconds() < expiresMs ? LinkCheck.Valid : LinkCheck.Expired;
    }
}

public sealed record NoteFileLink(string Url, DateTimeOffset ExpiresAt);

public enum LinkCheck
{
    Valid,
    Altered,
    Expired,
}
