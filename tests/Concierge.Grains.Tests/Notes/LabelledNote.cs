using System.Text.Json;

namespace Concierge.Grains.Tests.Notes;

/// <summary>One case of labelled-notes.json: a staff note and the intent a person sorting the messages would give it.</summary>
internal sealed record LabelledNote(string Id, string Language, string Intent, string Text)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<LabelledNote> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Notes", "labelled-notes.json");
        return JsonSerializer.Deserialize<LabelledSet>(File.ReadAllText(path), Json)!.Cases;
    }

    private sealed record LabelledSet(IReadOnlyList<LabelledNote> Cases);
}
