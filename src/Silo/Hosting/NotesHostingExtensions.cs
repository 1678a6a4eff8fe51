using Concierge.Grains.Interfaces.Blobs;
using Concierge.Grains.Interfaces.Notes;
using Concierge.Grains.Notes;
using Concierge.Grains.Notes.Offline;
using Concierge.Silo.Blobs;
using Concierge.Silo.Brains;
using Concierge.Silo.Notes;
using Concierge.Silo.Storage;
using Concierge.Silo.Telephony;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Concierge.Silo.Hosting;

public static class NotesHostingExtensions
{
    /// <summary>The IHttpClientFactory client the transcriber talks through.</summary>
    public const string TranscriptionHttpClient = "concierge-transcription";

    /// <summary>
    /// SMS/WhatsApp notes (<c>Concierge:Notes</c>): the reader (the model named by <c>Concierge:Model</c>, falling back on
    /// the offline reader; the offline reader alone when none is), media download from Twilio, the local file-system
    /// blob store (by default a "notes" folder next to the SQLite database, else ./data/notes; or Azure Blob Storage, <c>Concierge:Notes:Blobs</c>), the notes queries, and the
    /// sweep that resumes notes after a restart. The reply goes through ITelephony, registered with the Twilio webhooks.
    /// Voice notes are transcribed through the OpenAI audio API once <c>Concierge:Transcription:Model</c> is set (its
    /// connection defaulting to the screener's, <paramref name="screener"/>); until then they wait.
    /// </summary>
    public static IHostApplicationBuilder AddConciergeNotes(this IHostApplicationBuilder builder, ModelOptions screener)
    {
        builder.AddConciergeSettings<NotesOptions>(NotesOptions.SectionName, options => options.Validate());
        builder.AddConciergeSettings<TranscriptionOptions>(TranscriptionOptions.SectionName, options => options.Validate(screener));
        var services = builder.Services;
        services.AddSingleton<INoteReader>(sp => sp.GetRequiredService<IOptions<ModelOptions>>().Value.Provider == ModelProvider.Offline
            ? new OfflineNoteReader()
            : new ModelNoteReader(
                sp.GetRequiredKeyedService<StrictJsonModel>(BrainServiceCollectionExtensions.AfterCallModel), sp.GetRequiredService<ILogger<ModelNoteReader>>()));
        services.AddOpenAiHttpClient(TranscriptionHttpClient, sp => sp.GetRequiredService<IOptions<TranscriptionOptions>>().Value.Timeout);
        services.AddSingleton<ITranscriber>(sp => sp.GetRequiredService<IOptions<TranscriptionOptions>>().Value is { IsConfigured: true } transcription
            ? new OpenAiTranscriber(
                transcription, sp.GetRequiredService<IOptions<ModelOptions>>().Value, sp.GetRequiredService<IHttpClientFactory>().CreateClient(TranscriptionHttpClient))
            : new UnconfiguredTranscriber());
        services.AddSingleton<IMessageMedia, TwilioMessageMedia>();
        builder.AddConciergeNoteBlobs(sp => BlobDirectory(
            sp.GetRequiredService<IOptions<NotesOptions>>().Value, sp.GetRequiredService<IOptions<StorageOptions>>().Value, sp.GetRequiredService<IHostEnvironment>()));
        services.AddSingleton<NoteArtifactWriter>();
        services.AddSingleton<NoteQueries>();
        services.AddHostedService<NoteSweeper>();
        return builder;
    }

    private static string BlobDirectory(NotesOptions notes, StorageOptions storage, IHostEnvironment environment) =>
        notes.Directory is { Length: > 0 } configured ? Path.GetFullPath(configured, environment.ContentRootPath)
        : storage.SqliteFile is { } database && Path.GetDirectoryName(database) is { Length: > 0 } folder ? Path.Combine(folder, "notes")
        : Path.Combine(environment.ContentRootPath, "data", "notes");
}
