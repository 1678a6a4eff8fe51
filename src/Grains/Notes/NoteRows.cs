using System.Globalization;
using System.Text;
using Concierge.Grains.Interfaces.Projections;

namespace Concierge.Grains.Notes;

/// <summary>A note's row in the notes list, from its state.</summary>
public static class NoteRows
{
    public static NoteRow Of(string noteId, NoteState note, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(note);
        var message = note.Message!;
        return new NoteRow
        {
            NoteId = noteId,
            CompanyId = message.CompanyId,
            SenderPhone = message.SenderPhone,
            SenderName = message.SenderName,
            Status = note.Status,
            Intent = note.Reading?.Intent,
            Title = note.Reading?.Summary.Title,
            SearchText = Searchable(string.Join(" ", message.Body, note.Transcript, note.Reading?.Summary.Title)),
            Attempts = note.Attempts,
            Error = note.Error,
            ReceivedAtMs = note.ReceivedAt.ToUnixTimeMilliseconds(),
            ProcessedAtMs = note.ProcessedAt?.ToUnixTimeMilliseconds(),
            NextAttemptAtMs = note.NextAttemptAt?.ToUnixTimeMilliseconds(),
            UpdatedAtMs = now.ToUnixTimeMilliseconds(),
        };
    }

    /// <summary>Lower case without accents, so a search for "telephone" finds "Téléphone" in every store alike.</summary>
    public static string Searchable(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var character in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(character);
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }
}
