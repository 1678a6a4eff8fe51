using System.Text.Json;
using System.Text.Json.Serialization;
using Concierge.Grains.Interfaces.Screening;

namespace Concierge.Grains.Tests.Screening;

/// <summary>One case of labelled-calls.json: a caller conversation and what a person screening for Alex would do.</summary>
internal sealed record LabelledCall(
    string Id,
    string Language,
    IReadOnlyList<string> CallerTurns,
    ScreeningAction ExpectedAction,
    CallCategory? ExpectedCategory = null,
    LabelledHistory? History = null,
    string? Instructions = null,
    bool IsLastTurn = false,
    IReadOnlyList<string>? OwnerLanguages = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public ScreeningContext ToContext() =>
        Calls.Context(CallerTurns, History?.ToCallerHistory(), Instructions ?? "", IsLastTurn, OwnerLanguages);

    public static IReadOnlyList<LabelledCall> Load(string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Screening", fileName);
        return JsonSerializer.Deserialize<LabelledSet>(File.ReadAllText(path), Json)!.Cases;
    }

    private sealed record LabelledSet(IReadOnlyList<LabelledCall> Cases);
}

internal sealed record LabelledHistory(int PreviousCalls, string? KnownName, IReadOnlyList<string>? RecentDecisions, double SpamScore)
{
    public CallerHistory ToCallerHistory() =>
        new(PreviousCalls, KnownName, RecentDecisions ?? [], SpamScore, DateTimeOffset.UnixEpoch.AddDays(20_000));
}
