using System.Globalization;
using Concierge.Grains.Scheduling.Spoken;
using Xunit.Abstractions;

namespace Concierge.Grains.Tests.Scheduling;

/// <summary>
/// Measures the offline date reader against spoken-dates.json (written before the reader): a case is right when the
/// date, the time and the part of day all match the label, and when words without a date give nothing. Misses are
/// printed, not special-cased.
/// </summary>
public sealed class SpokenDateAccuracyTests(ITestOutputHelper output)
{
    private const double RequiredAccuracy = 0.9;

    // The held-out set was not used to tune the reader: its floor is what a phrasing the reader has not seen gets.
    private const double RequiredHeldOutAccuracy = 0.75;

    [Fact]
    public void OfflineReaderUnderstandsAtLeastNinetyPercentOfLabelledSpokenDatesInEachLanguage() =>
        Measure(LabelledDate.Load(), RequiredAccuracy);

    [Fact]
    public void OfflineReaderUnderstandsAtLeastThreeQuartersOfHeldOutSpokenDatesInEachLanguage() =>
        Measure(LabelledDate.Load("held-out-spoken-dates.json"), RequiredHeldOutAccuracy);

    private void Measure(IReadOnlyList<LabelledDate> cases, double required)
    {
        var results = cases.Select(c => (Case: c, Said: Describe(Read(c)), Expected: Describe(c.Expected))).ToList();
        foreach (var (labelled, said, expected) in results.Where(r => r.Said != r.Expected))
        {
            output.WriteLine($"MISS {labelled.Id} \"{labelled.Text}\": expected {expected}, read {said}");
        }

        foreach (var group in results.GroupBy(r => r.Case.Language)
                     .Concat(results.GroupBy(r => r.Case.Ambiguous is null ? "clear" : "ambiguous"))
                     .Concat(results.GroupBy(r => r.Case.Expected is null ? "not a date" : "dates")))
        {
            var right = group.Count(r => r.Said == r.Expected);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{group.Key}: {right}/{group.Count()} = {(double)right / group.Count():P1}"));
            if (group.Key is "en" or "fr")
            {
                Assert.True((double)right / group.Count() >= required, $"{group.Key} accuracy is below {required:P0}");
            }
        }
    }

    [Fact]
    public void LabelledSetHasOverOneHundredFiftySpokenDatesInBothLanguagesWithSentencesThatAreNotDates()
    {
        var cases = LabelledDate.Load();

        Assert.True(cases.Count >= 150, $"{cases.Count} cases");
        Assert.All(new[] { "en", "fr" }, language => Assert.True(cases.Count(c => c.Language == language) >= 75));
        Assert.True(cases.Count(c => c.Expected is null) >= 20);
        Assert.True(cases.Count(c => c.Ambiguous is not null) >= 20);
        Assert.Equal(cases.Count, cases.Select(c => c.Id).Distinct().Count());
    }

    private static SpokenWhen? Read(LabelledDate labelled) =>
        SpokenDateReader.Read(labelled.Text, labelled.Reference, TimeZoneInfo.FindSystemTimeZoneById(labelled.TimeZone));

    private static string Describe(SpokenWhen? when) => when is null
        ? "nothing"
        : Describe(new ExpectedWhen(
            when.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            when.Time?.ToString("HH:mm", CultureInfo.InvariantCulture),
            when.Part?.ToString().ToLowerInvariant()));

    private static string Describe(ExpectedWhen? when) => when is null ? "nothing" : $"date={when.Date ?? "-"} time={when.Time ?? "-"} part={when.Part ?? "-"}";
}
