using System.Text.Json;

namespace Concierge.Grains.Tests.Scheduling;

/// <summary>
/// One case of spoken-dates.json: words a caller says, when and where (the company's time zone) they say them, and
/// what a receptionist would write down; null when the words hold no date or time.
/// </summary>
internal sealed record LabelledDate(string Id, string Language, string Text, DateTimeOffset Reference, string TimeZone, ExpectedWhen? Expected, string? Ambiguous)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The set written before the reader (<c>spoken-dates.json</c>) or the one written after it, held out.</summary>
    public static IReadOnlyList<LabelledDate> Load(string file = "spoken-dates.json")
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Scheduling", file);
        return JsonSerializer.Deserialize<LabelledSet>(File.ReadAllText(path), Json)!.Cases;
    }

    private sealed record LabelledSet(IReadOnlyList<LabelledDate> Cases);
}

/// <summary>A labelled reading: "2026-03-17", "15:00", "afternoon", each optional.</summary>
internal sealed record ExpectedWhen(string? Date, string? Time, string? Part);
