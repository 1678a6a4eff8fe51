using System.Globalization;
using Concierge.Grains.Notes.Offline;
using Xunit.Abstractions;

namespace Concierge.Grains.Tests.Notes;

/// <summary>
/// Measures the offline note reader against labelled-notes.json (written before the classifier): intent and language
/// per case, overall, per language and per intent. Misses are printed, not special-cased.
/// </summary>
public sealed class NoteClassifierAccuracyTests(ITestOutputHelper output)
{
    private const double RequiredAccuracy = 0.85;

    [Fact]
    public void OfflineReaderSortsAtLeastEightyFivePercentOfLabelledNotesInEachLanguage()
    {
        var results = LabelledNote.Load().Select(note => (Note: note, Reading: OfflineNoteReader.Read(note.Text))).ToList();
        var misses = results.Where(r => r.Reading.Intent != r.Note.Intent).ToList();
        foreach (var (note, reading) in misses)
        {
            output.WriteLine($"MISS {note.Id}: expected {note.Intent}, got {reading.Intent}: {note.Text}");
        }

        foreach (var group in results.GroupBy(r => r.Note.Language).Concat(results.GroupBy(r => r.Note.Intent)))
        {
            var right = group.Count(r => r.Reading.Intent == r.Note.Intent);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{group.Key}: {right}/{group.Count()} = {(double)right / group.Count():P1}"));
            if (group.Key is "en" or "fr")
            {
                Assert.True((double)right / group.Count() >= RequiredAccuracy, $"{group.Key} accuracy is below {RequiredAccuracy:P0}");
            }
        }

        var languageRight = results.Count(r => r.Reading.Language == r.Note.Language);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Intent overall: {results.Count - misses.Count}/{results.Count}; language: {languageRight}/{results.Count}"));
        Assert.True((double)(results.Count - misses.Count) / results.Count >= RequiredAccuracy);
    }

    [Fact]
    public void LabelledSetHasOverAHundredNotesInBothLanguagesAndAllThreeIntents()
    {
        var notes = LabelledNote.Load();

        Assert.True(notes.Count >= 100, $"{notes.Count} notes");
        Assert.All(new[] { "en", "fr" }, language => Assert.Contains(notes, n => n.Language == language));
        Assert.All(new[] { "job", "knowledge", "other" }, intent => Assert.True(notes.Count(n => n.Intent == intent) >= 30));
        Assert.Equal(notes.Count, notes.Select(n => n.Id).Distinct().Count());
    }
}
