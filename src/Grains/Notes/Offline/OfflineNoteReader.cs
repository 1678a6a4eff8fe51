using Concierge.Grains.Interfaces.Notes;
using Concierge.Grains.Screening.Offline;

namespace Concierge.Grains.Notes.Offline;

/// <summary>Reads a note without a model: <see cref="NoteClassifier"/> for the intent, <see cref="NoteExtractor"/> for the summary.</summary>
public sealed class OfflineNoteReader : INoteReader
{
    public const string ReaderName = "offline";

    public string Name => ReaderName;

    public Task<NoteReading> ReadAsync(string text, CancellationToken cancellationToken = default) => Task.FromResult(Read(text));

    public static NoteReading Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var intent = NoteClassifier.Classify(text);
        return new NoteReading(intent, LanguageOf(text), NoteExtractor.Summarise(text, intent), ReaderName);
    }

    /// <summary>"fr" or "en" (the default when the words do not tell).</summary>
    public static string LanguageOf(string text) =>
        LanguageDetector.Detect([text], SpokenText.Normalize(text)) is { } language ? language.Code() : "en";
}
