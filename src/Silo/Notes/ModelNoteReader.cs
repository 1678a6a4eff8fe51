using Concierge.Grains.Interfaces.Notes;
using Concierge.Grains.Notes.Offline;
using Concierge.Silo.Brains;
using Microsoft.Extensions.Logging;

namespace Concierge.Silo.Notes;

/// <summary>
/// Reads a note with the configured model (<see cref="StrictJsonModel"/>): the prompt and checks of
/// <see cref="NoteReadingFormat"/>. When there is no valid answer in time it reads the note offline
/// (<see cref="OfflineNoteReader"/>); the reading records which of the two produced it.
/// </summary>
public sealed partial class ModelNoteReader(StrictJsonModel model, ILogger<ModelNoteReader> logger) : INoteReader
{
    public string Name => model.Name;

    public async Task<NoteReading> ReadAsync(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            return await model.AskAsync(
                NoteReadingFormat.Prompt(text), NoteReadingFormat.Format, answer => NoteReadingFormat.Read(answer, model.Name), logger, cancellationToken);
        }
        catch (ModelAnswerException)
        {
            LogReadOffline(logger, model.Name);
            return OfflineNoteReader.Read(text);
        }
    }

    [LoggerMessage(EventId = 4107, Level = LogLevel.Information, Message = "Model {Model} gave no valid reading of a note; it is read offline")]
    private static partial void LogReadOffline(ILogger logger, string model);
}
