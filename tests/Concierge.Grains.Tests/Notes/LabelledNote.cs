using System.Text.Json;

namespace Concierge.Grains.Tests.Notes;

/// <summary>
/// One case of a labelled note set: a staff note and the intent a person sorting the messages would give it.
/// labelled-notes.json was written before the offline reader and tuned on; held-out-notes.json was written after it and never.
/// </summary>
internal sealed record LabelledNote(string Id, string Language, string Intent, string Text)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public const string LabelledSet = "labelled-notes.json";

    public const string HeldOutSet = "held-out-notes.json";

    public static IReadOnlyList<LabelledNote> Load(string set = LabelledSet)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Notes", set);
        return JsonSerializer.Deserialize<NoteSet>(File.ReadAllText(path), Json)!.Cases;
    }

    private sealed record NoteSet(IReadOnlyList<LabelledNote> Cases);
}
