using Orleans;

namespace Concierge.Grains.Interfaces.Notes;

/// <summary>Reads a note's text: its intent, language and structured summary (a model with a strict schema, or offline rules).</summary>
public interface INoteReader
{
    /// <summary>Who reads ("offline", "openai:gpt-4o-mini"), recorded with the note.</summary>
    string Name { get; }

    Task<NoteReading> ReadAsync(string text, CancellationToken cancellationToken = default);
}

/// <param name="Intent">One of <see cref="NoteIntents"/>.</param>
/// <param name="Language">"en" or "fr".</param>
[GenerateSerializer, Immutable, Alias("concierge.NoteReading")]
public sealed record NoteReading(string Intent, string Language, NoteSummary Summary, string ReadBy) : PrivateRecord;
