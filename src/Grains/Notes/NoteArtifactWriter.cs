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

    public Task WriteAudioAsync(string companyId, string noteId, string intent, FetchedMedia audio, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(audio);
        return blobs.PutAsync(PathOf(companyId, noteId, intent, NoteArtifacts.Audio, audio.Extension)!, audio.Content, audio.ContentType, cancellationToken);
    }
}
