using System.Text.Json;
using System.Text.Json.Serialization;
using Concierge.Grains.Interfaces.Screening;

namespace Concierge.TestSupport.Screening;

/// <summary>
/// The team's first labelled set (tests/Concierge.Grains.Tests/Screening/labelled-calls.json) as corpus callers, for the
/// classifier to learn from: only first-time callers to an owner without instructions, as the corpus's callers are.
/// </summary>
internal static class TeamCall
{
    public const string RelativePath = "tests/Concierge.Grains.Tests/Screening/labelled-calls.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static IEnumerable<CorpusCall> LoadFirstTimeCallers() =>
        JsonSerializer.Deserialize<LabelledSet>(RepositoryFile.Read(RelativePath), Json)!.Cases
            .Where(call => call.History is null && string.IsNullOrEmpty(call.Instructions) && call.OwnerLanguages is null)
            .Select(call => new CorpusCall($"team-{call.Id}", call.Language, "team", call.CallerTurns, call.ExpectedAction, call.IsLastTurn));

    private sealed record LabelledSet(IReadOnlyList<Labelled> Cases);

    private sealed record Labelled(
        string Id,
        string Language,
        IReadOnlyList<string> CallerTurns,
        ScreeningAction ExpectedAction,
        JsonElement? History,
        string? Instructions,
        bool IsLastTurn,
        IReadOnlyList<string>? OwnerLanguages);
}
