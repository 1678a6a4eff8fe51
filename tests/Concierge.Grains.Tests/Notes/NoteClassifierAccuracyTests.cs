using System.Globalization;
using Concierge.Grains.Notes.Offline;
using Xunit.Abstractions;

namespace Concierge.Grains.Tests.Notes;

/// <summary>
/// Measures the offline note reader against labelled-notes.json (written before the reader, and tuned on) and
/// held-out-notes.json (written after it, never tuned on): intent and language per case, overall, per language and per
/// intent. Misses are printed, not special-cased.
/// </summary>
public sealed class NoteClassifierAccuracyTests(ITestOutputHelper output)
{
    [Fact]
    public void OfflineReaderSortsAtLeastEightyFivePercentOfLabelledNotesInEachLanguage() => Measure(LabelledNote.LabelledSet, required: 0.85);

    /// <summary>
    /// Notes written after the reader and never tuned on: what it does with messages it has not seen (81.7% when the set
    /// was written: en 73%, fr 90%). The floor guards against a change that loses ground; tuning on this set would spoil it.
    /// </summary>
    [Fact]
    public void OfflineReaderSortsAtLeastSeventyPercentOfHeldOutNotesInEachLanguage() => Measure(LabelledNote.HeldOutSet, required: 0.70);

    private void Measure(string set, double required)
    {
        var results = LabelledNote.Load(set).Select(note => (Note: note, Reading: OfflineNoteReader.Read(note.Text))).ToList();
        var misses = results.Where(r => r.Reading.Intent != r.Note.Intent).ToList();
        foreach (var (note, reading) in misses)
        {
            output.WriteLine($"MISS {note.Id}: expected {note.Intent}, got {reading.Intent}: {note.Text}");
        }

        foreach (var group in results.GroupBy(r => r.Note.Language).Concat(results.GroupBy(r => r.Note.Intent)))
        {
            var right = group.Count(r => r.Reading.Intent == r.Note.Intent);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{set} {group.Key}: {right}/{group.Count()} = {(double)right / group.Count():P1}"));
            if (group.Key is "en" or "fr")
            {
                Assert.True((double)right / group.Count() >= required, $"{group.Key} accuracy is below {required:P0}");
            }
        }

        var languageRight = results.Count(r => r.Reading.Language == r.Note.Language);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{set} intent overall: {results.Count - misses.Count}/{results.Count}; language: {languageRight}/{results.Count}"));
        Assert.True((double)(results.Count - misses.Count) / results.Count >= required);
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
