using System.Text;
using System.Text.Json;
using Concierge.Grains.Interfaces.Blobs;
using Concierge.Grains.Interfaces.Notes;

namespace Concierge.Grains.Notes;

/// <summary>Writes a read note's artifacts under <c>{company}/{intent}/{noteId}_…</c>; writing one again replaces it, so a retry is harmless.</summary>
public sealed class NoteArtifactWriter(IBlobStore blobs)
{
    private static readonly JsonSerializerOptions SummaryJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The path of <paramref name="artifact"/> for a note read as <paramref name="intent"/>; null when the note has no such artifact.</summary>
    public static string? PathOf(string companyId, string noteId, string intent, string artifact, string? audioExtension) => artifact switch
    {
        NoteArtifacts.Audio when audioExtension is not null => NoteArtifacts.Path(companyId, intent, noteId, artifact, audioExtension),
        NoteArtifacts.FullText => NoteArtifacts.Path(companyId, intent, noteId, artifact, "txt"),
        NoteArtifacts.Summary => NoteArtifacts.Path(companyId, intent, noteId, artifact, "json"),
        _ => null,
    };

    public async Task WriteTextAsync(string companyId, string noteId, string text, NoteReading reading, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reading);
        await blobs.PutAsync(PathOf(companyId, noteId, reading.Intent, NoteArtifacts.FullText, null)!, Encoding.UTF8.GetBytes(text), "text/plain; charset=utf-8", cancellationToken);
        var summary = JsonSerializer.SerializeToUtf8Bytes(
            new { noteId, intent = reading.Intent, language = reading.Language, readBy = reading.ReadBy, summary = reading.Summary }, SummaryJson);
        await blobs.PutAsync(PathOf(companyId, noteId, reading.Intent, NoteArtifacts.Summary, null)!, summary, "application/json", cancellationToken);
    }

    /// <summary>Keeps media item <paramref name="index"/> of a note as received, before its intent is known (a voice note may wait for transcription).</summary>
    public Task KeepReceivedAsync(string companyId, string noteId, int index, FetchedMedia audio, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(audio);
        return blobs.PutAsync(ReceivedPath(companyId, noteId, index, audio.Extension), audio.Content, audio.ContentType, cancellationToken);
    }

    public async Task<FetchedMedia> ReadReceivedAsync(string companyId, string noteId, int index, string extension, CancellationToken cancellationToken)
    {
        var blob = await blobs.GetAsync(ReceivedPath(companyId, noteId, index, extension), cancellationToken)
            ?? throw new InvalidOperationException($"The received audio {index} of note {noteId} is missing from the blob store.");
        return new FetchedMedia(blob.Content, blob.ContentType, extension);
    }

    /// <summary>Copies the first received audio to the note's audio artifact; a copy already made is kept.</summary>
    public async Task WriteAudioAsync(string companyId, string noteId, string intent, string extension, CancellationToken cancellationToken)
    {
        var artifact = PathOf(companyId, noteId, intent, NoteArtifacts.Audio, extension)!;
        if (await blobs.GetAsync(ReceivedPath(companyId, noteId, 0, extension), cancellationToken) is { } received)
        {
            await blobs.PutAsync(artifact, received.Content, received.ContentType, cancellationToken);
        }
        else if (await blobs.GetAsync(artifact, cancellationToken) is null)
        {
            throw new InvalidOperationException($"The audio of note {noteId} is missing from the blob store.");
        }
    }

    /// <summary>Deletes the media kept as received, once the artifacts hold what is needed.</summary>
    public async Task ForgetReceivedAsync(string companyId, string noteId, IReadOnlyList<string> extensions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(extensions);
        for (var i = 0; i < extensions.Count; i++)
        {
            await blobs.DeleteAsync(ReceivedPath(companyId, noteId, i, extensions[i]), cancellationToken);
        }
    }

    private static string ReceivedPath(string companyId, string noteId, int index, string extension) => $"{companyId}/received/{noteId}_media{index}.{extension}";
}
